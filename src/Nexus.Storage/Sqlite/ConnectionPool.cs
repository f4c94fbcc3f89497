using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Nexus.Storage.Sqlite;

/// <summary>
/// Open connections kept between operations with the statements each has prepared. Microsoft.Data.Sqlite
/// compiles a command's SQL anew for every command object (its own pool keeps the file handle, not
/// the statements), and compiling the claim queries, a dozen joins, costs more than running them.
/// A connection is set up (<paramref name="pragmas"/>) once, when it is opened; at most
/// <paramref name="capacity"/> idle connections are kept, and the rest are closed when handed back.
/// </summary>
internal sealed class ConnectionPool(string connectionString, string pragmas, int capacity)
{
    private readonly ConcurrentStack<PooledConnection> _idle = new();
    private volatile bool _closed;

    public async ValueTask<PooledConnection> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryPop(out var idle))
        {
            if (idle.State == ConnectionState.Open)
            {
                return idle;
            }
            idle.Discard();
        }
        var connection = new PooledConnection(connectionString, this);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var setUp = connection.Command(pragmas);
            await setUp.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            connection.Discard();
            throw;
        }
    }

    /// <summary>Takes back an open connection with no transaction; false when it should close instead.</summary>
    public bool TryReturn(PooledConnection connection)
    {
        if (_closed || connection.State != ConnectionState.Open || _idle.Count >= capacity)
        {
            return false;
        }
        _idle.Push(connection);
        return true;
    }

    /// <summary>The connections waiting for an operation, with the statements they keep (tests check those).</summary>
    public IEnumerable<SqliteConnection> Idle => _idle;

    /// <summary>Closes the idle connections; connections in use close when handed back.</summary>
    public ValueTask CloseAsync()
    {
        _closed = true;
        while (_idle.TryPop(out var idle))
        {
            idle.Discard();
        }
        using var any = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(any);
        return ValueTask.CompletedTask;
    }
}
