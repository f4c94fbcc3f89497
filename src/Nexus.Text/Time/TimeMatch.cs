namespace Nexus.Text.Time;

/// <summary>
/// A phrase recognised from one token up to (excluding) token <see cref="Next"/>. <see cref="IsUnit"/>
/// marks a whole calendar unit that early/mid/late can divide; <see cref="Parts"/> keeps a calendar
/// phrase's written fields so the other end of a range can complete it, and <see cref="Third"/> the
/// early (0), mid (1) or late (2) taken of them ("mid-March" in "mid-March to late April 2022").
/// </summary>
internal sealed record TimeMatch(
    int Next,
    TimeValue Value,
    TimeQualifier Qualifier = TimeQualifier.Within,
    bool IsUnit = false,
    CalendarParts? Parts = null,
    int? Third = null);
