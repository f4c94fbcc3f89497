using Nexus.Analysis.Syndication;

namespace Nexus.Analysis.Assessment;

/// <summary>How an assessment runs.</summary>
public sealed record AssessmentOptions
{
    public SyndicationOptions Syndication { get; init; } = new();
}
