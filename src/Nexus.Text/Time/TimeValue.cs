namespace Nexus.Text.Time;

/// <summary>An inclusive interval and the unit it was written in; a side is null when open or unresolvable.</summary>
internal readonly record struct TimeValue(DateOnly? Start, DateOnly? End, TimeGranularity Granularity)
{
    /// <summary>An expression understood but not placed on the calendar (a relative one without an anchor).</summary>
    public static TimeValue Unplaced(TimeGranularity granularity) => new(null, null, granularity);

    public bool IsPlaced => Start is not null || End is not null;
}
