using System.Globalization;

namespace Nexus.Storage.Relational;

/// <summary>
/// Brings a store up to the newest schema in one transaction: either every pending migration is
/// applied or none is. A store newer than the code is refused rather than guessed at.
/// </summary>
internal static class MigrationRunner
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    private const string CurrentVersion = "SELECT CAST(COALESCE(MAX(version), 0) AS INTEGER) FROM schema_version";

    private const string RecordVersion = "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)";

    /// <summary>
    /// Returns the schema version the store has afterwards. <paramref name="serialise"/> makes
    /// concurrent openers wait for each other inside the transaction, where the transaction alone does not.
    /// </summary>
    public static async Task<int> MigrateAsync(
        DbConnection connection,
        ImmutableArray<Migration> migrations,
        string storeName,
        Func<DbTransaction, CancellationToken, Task>? serialise,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (serialise is not null)
        {
            await serialise(transaction, cancellationToken);
        }
        await using (var create = connection.Command(CreateVersionTable, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        int current;
        await using (var read = connection.Command(CurrentVersion, transaction))
        {
            current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        var latest = migrations.Length;
        if (current > latest)
        {
            throw new StoreException(
                $"The store {storeName} has schema version {current}, newer than version {latest} that this Nexus understands; open it with a newer Nexus.");
        }
        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await connection.ExecuteScriptAsync(transaction, migration, cancellationToken);
            await using var record = connection.Command(RecordVersion, transaction)
                .WithInt("@version", migration.Version)
                .WithText("@name", migration.Name)
                .WithText("@at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return Math.Max(current, latest);
    }
}
