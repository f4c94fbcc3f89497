namespace Nexus.Text.Time;

/// <summary>What a calendar phrase may be read as where its context already says it is a time.</summary>
[Flags]
internal enum Leniency
{
    None = 0,

    /// <summary>A lone day number: the first end of a range ("27" in "27–29 February 2026").</summary>
    BareDay = 1,

    /// <summary>A month name with no preposition before it ("March" in "March–June 2025").</summary>
    BareMonth = 2,

    /// <summary>Any four-digit number from 1000 to 2199 is a year ("mid-1450", "to 2017").</summary>
    Year = 4,
}
