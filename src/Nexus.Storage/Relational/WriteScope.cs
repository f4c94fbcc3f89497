namespace Nexus.Storage.Relational;

/// <summary>
/// A connection with a write transaction begun. Disposing without <see cref="CommitAsync"/> rolls the
/// transaction back; <c>release</c> then lets the next writer in (SQLite keeps one writer at a time).
/// </summary>
internal sealed class WriteScope(DbConnection connection, DbTransaction transaction, Action? release) : IAsyncDisposable
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public static async ValueTask<WriteScope> BeginAsync(DbConnection connection, Action? release, CancellationToken cancellationToken)
    {
        try
        {
            return new WriteScope(connection, await connection.BeginTransactionAsync(cancellationToken), release);
        }
        catch
        {
            await connection.DisposeAsync();
            release?.Invoke();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => Transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
        finally
        {
            release?.Invoke();
        }
    }
}
