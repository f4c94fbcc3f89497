using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Nexus.Storage.Relational;

/// <summary>
/// The only places SQL text reaches a command. <c>Command</c> takes compile-time constants
/// (CA1857 checks every caller); <see cref="InsertAsync"/> builds INSERTs from the constant
/// <see cref="Tables"/> and passes every value as a parameter.
/// </summary>
internal static class Commands
{
    /// <summary>Keeps a statement well under SQLite's and PostgreSQL's parameter limits.</summary>
    private const int MaxParameters = 900;

    [SuppressMessage("Security", "CA2100", Justification = "[ConstantExpected] makes CA1857 reject any non-constant SQL.")]
    public static DbCommand Command(this DbConnection connection, [ConstantExpected] string sql, DbTransaction? transaction = null)
    {
        var command = connection is ICommandCache cache ? cache.Command(sql) : connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand Command(this WriteScope scope, [ConstantExpected] string sql) =>
        scope.Connection.Command(sql, scope.Transaction);

    public static DbCommand With(this DbCommand command, string name, object? value, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static DbCommand WithText(this DbCommand command, string name, string? value) => command.With(name, value, DbType.String);

    public static DbCommand WithInt(this DbCommand command, string name, int value) => command.With(name, value, DbType.Int32);

    /// <summary>
    /// Binds @limit and @offset, clamped to what a page may ask for. SQL writes <c>LIMIT +@limit</c>:
    /// SQLite plans with the value of a bare LIMIT parameter, so it compiles the statement again
    /// each time one is bound, which costs more than running it (a test holds every read to this).
    /// </summary>
    public static DbCommand Page(this DbCommand command, PageRequest page) =>
        command.WithInt("@limit", Math.Clamp(page.Limit, 0, RelationalStore.MaxPageSize)).WithInt("@offset", Math.Max(0, page.Offset));

    /// <summary>Binds a claim query's filters: <c>@entity</c>, <c>@document</c>, <c>@predicate</c>, <c>@has_role</c>.</summary>
    public static DbCommand Filter(this DbCommand command, ClaimQuery query) =>
        command.WithText("@entity", query.EntityId).WithText("@document", query.DocumentId)
            .WithText("@predicate", StoredEnum.Text(query.Predicate)).WithInt("@has_role", query.HasRole ? 1 : 0);

    /// <summary>Inserts rows in as few statements as the parameter limit allows.</summary>
    [SuppressMessage("Security", "CA2100", Justification = "Table and column names come from the constant Tables; every value is a parameter.")]
    public static async Task InsertAsync(this WriteScope scope, Table table, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var perStatement = Math.Max(1, MaxParameters / table.Columns.Length);
        foreach (var chunk in rows.Chunk(perStatement))
        {
            await using var command = scope.Connection.CreateCommand();
            command.Transaction = scope.Transaction;
            var sql = new StringBuilder("INSERT INTO ").Append(table.Name).Append(" (")
                .AppendJoin(", ", table.Columns.Select(c => c.Name)).Append(") VALUES ");
            for (var row = 0; row < chunk.Length; row++)
            {
                if (chunk[row].Length != table.Columns.Length)
                {
                    throw new ArgumentException($"A row of {table.Name} has {chunk[row].Length} values for {table.Columns.Length} columns.", nameof(rows));
                }
                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < table.Columns.Length; column++)
                {
                    var name = $"@p{row}_{column}";
                    sql.Append(column == 0 ? "" : ", ").Append(name);
                    command.With(name, chunk[row][column], table.Columns[column].Type);
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Runs trusted SQL held by the assembly itself (a migration script).</summary>
    [SuppressMessage("Security", "CA2100", Justification = "Migration scripts are resources embedded in this assembly or a backend's, never user input.")]
    public static async Task ExecuteScriptAsync(this DbConnection connection, DbTransaction transaction, Migration migration, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = migration.Sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
