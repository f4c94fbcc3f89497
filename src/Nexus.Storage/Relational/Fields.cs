namespace Nexus.Storage.Relational;

/// <summary>Typed reads that both providers answer alike (SQLite keeps dates as text, PostgreSQL as dates).</summary>
internal static class Fields
{
    public static string? TextOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? IntOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static double? DoubleOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    public static DateOnly? DateOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    public static TimeOnly? TimeOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<TimeOnly>(ordinal);

    public static DateTimeOffset Instant(this DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal);

    public static DateTimeOffset? InstantOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.Instant(ordinal);

    public static T Enum<T>(this DbDataReader reader, int ordinal)
        where T : struct, System.Enum =>
        StoredEnum.Parse<T>(reader.GetString(ordinal));

    public static T? EnumOrNull<T>(this DbDataReader reader, int ordinal)
        where T : struct, System.Enum =>
        reader.IsDBNull(ordinal) ? null : reader.Enum<T>(ordinal);

    public static ImmutableArray<string> List(this DbDataReader reader, int ordinal) =>
        StringList.Decode(reader.GetString(ordinal));

    /// <summary>A span kept as two nullable columns, both null when absent.</summary>
    public static TextSpan? SpanOrNull(this DbDataReader reader, int start) =>
        reader.IsDBNull(start) ? null : reader.Span(start);

    public static TextSpan Span(this DbDataReader reader, int start) =>
        new(reader.GetInt32(start), reader.GetInt32(start + 1));
}
