namespace Nexus.Storage.Relational;

/// <summary>
/// A connection that keeps one command per SQL text, prepared once and reused by later operations
/// on the same connection; disposing such a command only readies it for the next use.
/// </summary>
internal interface ICommandCache
{
    DbCommand Command(string sql);
}
