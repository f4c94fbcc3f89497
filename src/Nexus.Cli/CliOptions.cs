using Nexus.Engine;
using Nexus.Storage;
using Nexus.Storage.Postgres;

namespace Nexus.Cli;

/// <summary>Options every command shares, and what they open.</summary>
internal static class CliOptions
{
    public static readonly Option<string> Store = new("--store")
    {
        Description = "SQLite file or postgres:// URI of the store (default: $NEXUS_STORE, else ./nexus.db).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("NEXUS_STORE") is { Length: > 0 } env ? env : SqliteDefault,
    };

    private const string SqliteDefault = "nexus.db";

    /// <summary>A <c>--format table|json</c> option: tables for people, JSON for scripts.</summary>
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "table for reading, json for scripts.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static Task<INexusStore> OpenStoreAsync(ParseResult parse, CancellationToken cancellationToken) =>
        StoreFactory.OpenAsync(parse.GetValue(Store), TimeProvider.System, cancellationToken);

    private static readonly Lazy<NexusRuntime> SharedRuntime = new(NexusRuntime.Embedded);

    /// <summary>The process's reference lists and pipeline, loaded on first use.</summary>
    public static NexusRuntime Runtime => SharedRuntime.Value;
}
