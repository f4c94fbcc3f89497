namespace Nexus.Core;

/// <summary>
/// An analyst's decision, stored apart from extracted data and replayed over it after every
/// re-ingest, so that no correction is lost and each one can be audited.
/// </summary>
public sealed record Curation
{
    public required string Id { get; init; }

    public required CurationAction Action { get; init; }

    /// <summary>What the decision is about: entity ids or names, claim ids, a publisher.</summary>
    public required ImmutableArray<string> Targets { get; init; }

    /// <summary>The new name or grade, for actions that carry one.</summary>
    public string? Value { get; init; }

    public string? Reason { get; init; }

    public string? Analyst { get; init; }

    public required DateTimeOffset At { get; init; }
}
