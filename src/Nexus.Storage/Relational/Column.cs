namespace Nexus.Storage.Relational;

/// <summary>A column of a <see cref="Table"/>; the type makes a null value typed for the server.</summary>
internal readonly record struct Column(string Name, DbType Type);
