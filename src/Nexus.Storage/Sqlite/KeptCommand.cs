using Microsoft.Data.Sqlite;

namespace Nexus.Storage.Sqlite;

/// <summary>
/// A command its <see cref="PooledConnection"/> keeps with its compiled statements: callers dispose
/// it as any command, which clears its parameters and transaction for the next caller instead of
/// finalizing the statements. The connection releases it for good when it closes.
/// </summary>
internal sealed class KeptCommand(string sql, SqliteConnection connection) : SqliteCommand(sql, connection)
{
    private bool _released;

    public void Release()
    {
        _released = true;
        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_released)
        {
            Parameters.Clear();
            Transaction = null;
            return;
        }
        base.Dispose(disposing);
    }
}
