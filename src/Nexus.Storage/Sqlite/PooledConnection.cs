using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Nexus.Storage.Relational;

namespace Nexus.Storage.Sqlite;

/// <summary>
/// An open connection of a <see cref="ConnectionPool"/>: disposing it hands it back to the pool,
/// still open and with the commands it has prepared (<see cref="ICommandCache"/>), unless the pool
/// is full or closed. One operation uses it at a time.
/// </summary>
internal sealed class PooledConnection(string connectionString, ConnectionPool pool) : SqliteConnection(connectionString), ICommandCache
{
    private readonly Dictionary<string, KeptCommand> _commands = new(StringComparer.Ordinal);
    private bool _discarded;

    /// <summary>Only the store's constant SQL texts come here, so the dictionary stays as small as they are few.</summary>
    [SuppressMessage("Security", "CA2100", Justification = "Commands.Command, the one caller besides the pool's own set-up, takes compile-time constants only (CA1857).")]
    public DbCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = new KeptCommand(sql, this);
            _commands[sql] = command;
        }
        return command;
    }

    /// <summary>Closes the connection for good, as one that failed to open or set up, or one the pool no longer keeps.</summary>
    public void Discard()
    {
        _discarded = true;
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_discarded && pool.TryReturn(this))
        {
            return;
        }
        foreach (var command in _commands.Values)
        {
            command.Release();
        }
        _commands.Clear();
        base.Dispose(disposing);
    }
}
