namespace Nexus.Analysis.Contradictions;

/// <summary>
/// The time a claim holds over, with null for an open side: an undated claim is open on both sides
/// and so overlaps any time, "by June 2025" is open before, "since 2015" open after.
/// </summary>
internal readonly record struct ClaimInterval(DateOnly? From, DateOnly? To)
{
    public static ClaimInterval Of(Claim claim) => claim.Time switch
    {
        null => new(null, null),
        { Qualifier: TimeQualifier.Before } t => new(null, t.End ?? t.Start),
        { Qualifier: TimeQualifier.After } t => new(t.Start ?? t.End, null),
        var t => new(t.Start, t.End),
    };

    public bool Dated => From is not null || To is not null;

    public bool Overlaps(ClaimInterval other) =>
        (To is not { } to || other.From is not { } otherFrom || otherFrom <= to) &&
        (other.To is not { } otherTo || From is not { } from || from <= otherTo);
}
