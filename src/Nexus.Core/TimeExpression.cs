namespace Nexus.Core;

/// <summary>
/// A time expression normalised to an inclusive date interval. <see cref="Start"/> or <see cref="End"/>
/// is null where the expression leaves that side open ("by June 2025" has no start).
/// </summary>
public sealed record TimeExpression
{
    public required string Text { get; init; }

    public required TextSpan Span { get; init; }

    public DateOnly? Start { get; init; }

    public DateOnly? End { get; init; }

    public required TimeGranularity Granularity { get; init; }

    public TimeQualifier Qualifier { get; init; } = TimeQualifier.Within;
}
