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

    /// <summary>Counts the change (<see cref="INexusStore.GetChangeCountAsync"/>) and commits it, as one.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        // Last, so that on PostgreSQL concurrent writers hold the counter's row lock only while they commit.
        await using (var count = this.Command(CommonSql.CountChange))
        {
            await count.ExecuteNonQueryAsync(cancellationToken);
        }
        await Transaction.CommitAsync(cancellationToken);
    }

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
