using System.Globalization;

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

    /// <summary>
    /// The bounds as an ISO 8601 interval of calendar dates, <c>start/end</c>, with <c>..</c> for an open
    /// side (ISO 8601-2): "2025-12-21/2025-12-31", "../2025-06-30".
    /// </summary>
    public string IsoInterval => $"{IsoDate(Start)}/{IsoDate(End)}";

    private static string IsoDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "..";
}
