namespace Nexus.Storage;

/// <summary>
/// A store could not be opened or could not do what was asked. The message is one sentence fit to
/// show a user; the inner exception carries the database's own words.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
