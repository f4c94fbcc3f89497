using System.Globalization;

namespace Nexus.Export.Stix;

/// <summary>STIX timestamps: UTC, millisecond precision, "Z".</summary>
internal static class StixTime
{
    /// <summary>What an object with no dated source is stamped with, so that exports stay deterministic.</summary>
    public static readonly DateTimeOffset Undated = DateTimeOffset.UnixEpoch;

    public static string Format(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string StartOf(DateOnly date) => Format(new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>The last millisecond of the day: STIX stop times are inclusive, like Nexus's date intervals.</summary>
    public static string EndOf(DateOnly date) => Format(new DateTimeOffset(date.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero));

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>When a document speaks: its publication day, else when it was retrieved, else <see cref="Undated"/>.</summary>
    public static DateTimeOffset Of(DocumentMetadata metadata) =>
        metadata.Published is { } published ? new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        : metadata.Retrieved ?? Undated;
}
