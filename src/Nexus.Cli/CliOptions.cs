using Nexus.Engine;
using Nexus.Resolution.Screening;
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

    /// <summary>A <c>--min-score</c> option for screening: 0 &lt; score ≤ 1, the screener's default when absent.</summary>
    public static Option<double> MinScore()
    {
        var option = new Option<double>("--min-score")
        {
            Description = "Report matches scoring at least this (0-1; 0.84 gives recall 0.96 at precision 0.99 on the UN test set).",
            DefaultValueFactory = _ => ScreeningOptions.Default.MinScore,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is <= 0 or > 1)
            {
                result.AddError("--min-score must be above 0 and at most 1.");
            }
        });
        return option;
    }

    /// <summary>The analyst a curation is recorded under: <c>--analyst</c>, else $USER.</summary>
    public static Option<string?> Analyst() => new("--analyst")
    {
        Description = "Who decides (default: $USER).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("USER") is { Length: > 0 } user ? user : Environment.UserName,
    };

    /// <summary>The analyst's reason, kept with a curation.</summary>
    public static Option<string?> Reason() => new("--reason") { Description = "Why: kept with the decision and shown by `nexus history`." };

    public static Task<INexusStore> OpenStoreAsync(ParseResult parse, CancellationToken cancellationToken) =>
        StoreFactory.OpenAsync(parse.GetValue(Store), TimeProvider.System, cancellationToken);

    private static readonly Lazy<NexusRuntime> SharedRuntime = new(NexusRuntime.Embedded);

    /// <summary>The process's reference lists and pipeline, loaded on first use.</summary>
    public static NexusRuntime Runtime => SharedRuntime.Value;
}
