namespace Nexus.Storage.Relational;

/// <summary>Turns rows selected with the column lists of <see cref="CommonSql"/> back into Core records.</summary>
internal static class RowReader
{
    /// <summary>The 13 columns of <see cref="CommonSql.MetadataColumns"/>, from <paramref name="at"/>.</summary>
    public static DocumentMetadata Metadata(DbDataReader r, int at) => new()
    {
        Title = r.TextOrNull(at),
        Publisher = r.TextOrNull(at + 1),
        Origin = r.TextOrNull(at + 2),
        Authors = r.List(at + 3),
        Published = r.DateOrNull(at + 4),
        PublishedTime = r.TimeOrNull(at + 5),
        Retrieved = r.InstantOrNull(at + 6),
        Source = r.TextOrNull(at + 7),
        Format = r.TextOrNull(at + 8),
        Language = r.GetString(at + 9),
        Marking = Tlp.TryParse(r.GetString(at + 10), out var marking)
            ? marking
            : throw new StoreException($"The store holds an unknown marking '{r.GetString(at + 10)}'."),
        Reliability = Enum.Parse<SourceReliability>(r.GetString(at + 11)),
        Credits = r.List(at + 12),
    };

    public static Sentence Sentence(DbDataReader r) => new(r.Span(0), r.GetInt32(2), r.GetInt32(3));

    public static Mention Mention(DbDataReader r) => new()
    {
        Span = r.Span(0),
        Text = r.GetString(2),
        Type = r.Enum<EntityType>(3),
        Kind = r.EnumOrNull<EntityKind>(4),
        Confidence = r.GetDouble(5),
        Source = r.GetString(6),
        Canonical = r.TextOrNull(7),
        Refs = r.List(8),
        EntityKey = r.TextOrNull(9),
    };

    /// <summary>Key, type, kind, name, aliases, refs from ordinal 0.</summary>
    public static DocumentEntity DocumentEntity(DbDataReader r) => new()
    {
        Key = r.GetString(0),
        Type = r.Enum<EntityType>(1),
        Kind = r.EnumOrNull<EntityKind>(2),
        Name = r.GetString(3),
        Aliases = r.List(4),
        Refs = r.List(5),
    };

    public static TimeExpression Time(DbDataReader r) => Time(r, 0);

    /// <summary>Text, span start and end, date start and end, granularity, qualifier, from <paramref name="at"/>.</summary>
    public static TimeExpression Time(DbDataReader r, int at) => new()
    {
        Text = r.GetString(at),
        Span = r.Span(at + 1),
        Start = r.DateOrNull(at + 3),
        End = r.DateOrNull(at + 4),
        Granularity = r.Enum<TimeGranularity>(at + 5),
        Qualifier = r.Enum<TimeQualifier>(at + 6),
    };

    /// <summary>The columns of <see cref="CommonSql.ClaimColumns"/>, from ordinal 0.</summary>
    public static Claim Claim(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Subject = r.GetString(1),
        Predicate = r.Enum<Predicate>(2),
        Object = r.TextOrNull(3),
        Role = r.TextOrNull(4),
        Item = r.TextOrNull(5),
        Kinds = r.List(6),
        Count = r.IntOrNull(7),
        Time = r.IsDBNull(8) ? null : Time(r, 8),
        Place = r.TextOrNull(15),
        Modality = r.Enum<Modality>(16),
        Likelihood = r.TextOrNull(17),
        Polarity = r.Enum<Polarity>(18),
        Holder = HolderChain.Decode(new Holder(r.GetString(19), r.Enum<HolderKind>(20), r.TextOrNull(21)), r.TextOrNull(29)),
        Cue = r.TextOrNull(22),
        Evidence = r.Span(23),
        Trigger = r.SpanOrNull(25),
        Confidence = r.GetDouble(27),
        Pattern = r.TextOrNull(28),
    };

    /// <summary>A row of <see cref="CommonSql.GetClaims"/>: the claim's columns, then its document, the ends' entity ids, their names and types.</summary>
    public static StoredClaim StoredClaim(DbDataReader r)
    {
        var claim = Claim(r);
        var documentId = r.GetString(30);
        return new StoredClaim
        {
            Id = Storage.StoredClaim.IdOf(documentId, claim.Id),
            DocumentId = documentId,
            Claim = claim,
            EvidenceText = r.GetString(31),
            DocumentTitle = r.TextOrNull(32),
            DocumentPublished = r.DateOrNull(33),
            Publisher = r.TextOrNull(34),
            Rejected = r.GetInt32(35) == 1,
            Subject = End(r, 36, 40) ?? throw new StoreException($"Claim {claim.Id} of {documentId} has no subject entity."),
            Object = End(r, 37, 42),
            Place = End(r, 38, 44),
            HolderEntity = End(r, 39, 46),
        };
    }

    /// <summary>Id, type, kind, name, document count, claim count, matched alias.</summary>
    public static EntitySummary EntitySummary(DbDataReader r) =>
        new(r.GetString(0), r.Enum<EntityType>(1), r.EnumOrNull<EntityKind>(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5), r.TextOrNull(6));

    /// <summary>Id, type, kind, name, latitude, longitude; aliases and refs are added by the caller.</summary>
    public static Entity EntityHead(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Type = r.Enum<EntityType>(1),
        Kind = r.EnumOrNull<EntityKind>(2),
        Name = r.GetString(3),
        Coordinates = r.IsDBNull(4) ? null : new GeoPoint(r.GetDouble(4), r.GetDouble(5)),
    };

    public static EntityMembership Membership(DbDataReader r) =>
        new(new DocumentEntityRef(r.GetString(0), r.GetString(1)), r.GetString(2), r.GetString(3), r.GetDouble(4));

    public static Curation Curation(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Action = r.Enum<CurationAction>(1),
        Targets = r.List(2),
        Value = r.TextOrNull(3),
        Reason = r.TextOrNull(4),
        Analyst = r.TextOrNull(5),
        At = r.Instant(6),
    };

    /// <summary>One end: its entity id, and its name and type side by side; null when the claim has no such end.</summary>
    private static EntityRef? End(DbDataReader r, int id, int name) =>
        r.IsDBNull(name) ? null : new EntityRef(r.TextOrNull(id), r.GetString(name), r.Enum<EntityType>(name + 1));
}
