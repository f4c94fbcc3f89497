namespace Nexus.Text.Time;

/// <summary>
/// The fields a calendar phrase wrote out. A phrase may lack its year ("27 February", "March") or even
/// its month (the "27" of "27–29 February 2026"); a range fills them from its other end.
/// </summary>
internal sealed record CalendarParts(int? Year, int? Month, int? Day)
{
    /// <summary>Takes missing fields from the later end of a range ("March" in "March–June 2025").</summary>
    public CalendarParts FillFrom(CalendarParts later) => this with
    {
        Year = Year ?? later.Year,
        Month = Month ?? later.Month,
    };
}
