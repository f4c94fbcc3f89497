namespace Nexus.Storage.Relational;

/// <summary>
/// The SQL both backends share: plain SQL that SQLite and PostgreSQL read alike. Column lists are
/// constants so that each reader in <see cref="RowReader"/> knows the ordinals it reads.
/// </summary>
internal static class CommonSql
{
    public const string InsertDocument = """
        INSERT INTO documents (id, text, title, publisher, origin, authors, published, published_time, retrieved,
            source, format, language, marking, reliability, credits, length, mention_count, claim_count, ingested_at)
        VALUES (@id, @text, @title, @publisher, @origin, @authors, @published, @published_time, @retrieved,
            @source, @format, @language, @marking, @reliability, @credits, @length, @mention_count, @claim_count, @ingested_at)
        ON CONFLICT (id) DO NOTHING
        """;

    public const string ContainsDocument = "SELECT 1 FROM documents WHERE id = @id";

    /// <summary>Read by <see cref="RowReader.Metadata"/> from the ordinal it is given.</summary>
    public const string MetadataColumns =
        "title, publisher, origin, authors, published, published_time, retrieved, source, format, language, marking, reliability, credits";

    /// <summary>Read by <see cref="RowReader.Claim"/>, from ordinal 0.</summary>
    public const string ClaimColumns = """
        c.claim_id, c.subject, c.predicate, c.object, c.role, c.item, c.kinds, c.count_value,
        c.time_text, c.time_span_start, c.time_span_end, c.time_start, c.time_end, c.time_granularity, c.time_qualifier,
        c.place, c.modality, c.likelihood, c.polarity, c.holder_text, c.holder_kind, c.holder_entity, c.cue,
        c.evidence_start, c.evidence_end, c.trigger_start, c.trigger_end, c.confidence, c.pattern, c.holder_via
        """;

    /// <summary>Every layer of one document, one result set each, in the order <see cref="RowReader"/> reads them.</summary>
    public const string GetDocument =
        "SELECT id, text, " + MetadataColumns + " FROM documents WHERE id = @id;\n" +
        "SELECT tokens FROM document_tokens WHERE document_id = @id;\n" +
        "SELECT span_start, span_end, first_token, token_count FROM sentences WHERE document_id = @id ORDER BY ordinal;\n" +
        "SELECT span_start, span_end, text, type, kind, confidence, source, canonical, refs, entity_key FROM mentions WHERE document_id = @id ORDER BY ordinal;\n" +
        "SELECT entity_key, type, kind, name, aliases, refs FROM document_entities WHERE document_id = @id ORDER BY ordinal;\n" +
        "SELECT text, span_start, span_end, date_start, date_end, granularity, qualifier FROM time_expressions WHERE document_id = @id ORDER BY ordinal;\n" +
        "SELECT " + ClaimColumns + " FROM claims c WHERE c.document_id = @id ORDER BY c.ordinal";

    public const string ListDocuments =
        "SELECT id, length, mention_count, claim_count, ingested_at, " + MetadataColumns +
        " FROM documents ORDER BY published DESC NULLS LAST, seq LIMIT +@limit OFFSET @offset";

    public const string ReadDocumentEntities = """
        SELECT de.entity_key, de.type, de.kind, de.name, de.aliases, de.refs, de.document_id, d.published
        FROM document_entities de JOIN documents d ON d.id = de.document_id
        ORDER BY d.seq, de.ordinal
        """;

    public const string ClearResolution =
        "DELETE FROM entity_claims; DELETE FROM memberships; DELETE FROM entity_refs; DELETE FROM entity_aliases; DELETE FROM entities";

    /// <summary>
    /// Lists each entity's claims, as subject or object, once (migration 0004): with the entity each end
    /// resolves to, in the order the profile counts and pages them. Run after the memberships are stored.
    /// </summary>
    public const string IndexEntityClaims = """
        INSERT INTO entity_claims (entity_id, predicate, document_seq, ordinal, claim_id, published, modality, with_role,
            subject_entity, object_entity, place_entity, holder_entity)
        SELECT m.entity_id, c.predicate, d.seq, c.ordinal, c.claim_id, d.published, c.modality, CASE WHEN c.role <> '' THEN 1 ELSE 0 END,
            ms.entity_id, mo.entity_id, mp.entity_id, mh.entity_id
        FROM claims c
        JOIN documents d ON d.id = c.document_id
        JOIN memberships m ON m.document_id = c.document_id AND m.entity_key IN (c.subject, c.object)
        LEFT JOIN memberships ms ON ms.document_id = c.document_id AND ms.entity_key = c.subject
        LEFT JOIN memberships mo ON mo.document_id = c.document_id AND mo.entity_key = c.object
        LEFT JOIN memberships mp ON mp.document_id = c.document_id AND mp.entity_key = c.place
        LEFT JOIN memberships mh ON mh.document_id = c.document_id AND mh.entity_key = c.holder_entity
        WHERE m.entity_key = c.subject OR ms.entity_id IS NULL OR ms.entity_id <> m.entity_id
        """;

    /// <summary>
    /// Counts kept on each entity so that lookups can rank by them without aggregating on every query;
    /// they only change when resolution is replaced, since documents are never edited. Run after
    /// <see cref="IndexEntityClaims"/>.
    /// </summary>
    public const string CountEntityEvidence = """
        UPDATE entities SET
            document_count = (SELECT COUNT(DISTINCT m.document_id) FROM memberships m WHERE m.entity_id = entities.id),
            claim_count = (SELECT COUNT(*) FROM entity_claims ec WHERE ec.entity_id = entities.id)
        """;

    /// <summary>Every entity name and alias (<c>alias</c> 1), with its folded key.</summary>
    public const string EntityNames = """
        SELECT e.id AS entity_id, e.name AS name, 0 AS alias, e.name_key AS name_key FROM entities e
        UNION ALL
        SELECT a.entity_id, a.name, 1, a.name_key FROM entity_aliases a
        """;

    /// <summary>
    /// Follows a CTE <c>names (entity_id, name, alias, name_key)</c>: ranks each entity whose name or
    /// alias holds <c>@contains</c> by its best-matching name, 0 the whole key, 1 a prefix of it, 2 a prefix
    /// of a later word, 3 anywhere inside. Keys are folded by <see cref="NameKey"/> and hold no wildcard.
    /// The filter's pattern is an expression, not a bare parameter, which SQLite would plan with its
    /// value and so compile again for each lookup (the trigram index still answers it).
    /// </summary>
    public const string RankEntityNames = """
        hits AS (
            SELECT entity_id, name, alias,
                CASE WHEN name_key = @key THEN 0
                     WHEN name_key LIKE @prefix THEN 1
                     WHEN name_key LIKE @word THEN 2
                     ELSE 3 END AS rank
            FROM names WHERE name_key LIKE (@contains || '')),
        best AS (
            SELECT entity_id, name, alias, rank,
                ROW_NUMBER() OVER (PARTITION BY entity_id ORDER BY rank, alias, name) AS pick
            FROM hits)
        SELECT e.id, e.type, e.kind, e.name, e.document_count, e.claim_count, CASE WHEN b.alias = 1 THEN b.name END
        FROM best b JOIN entities e ON e.id = b.entity_id
        WHERE b.pick = 1 AND (@type IS NULL OR e.type = @type)
        ORDER BY b.rank, e.document_count DESC, e.name, e.id
        LIMIT +@limit OFFSET @offset
        """;

    public const string FindEntities = "WITH names AS (" + EntityNames + "),\n" + RankEntityNames;

    /// <summary>Read by <see cref="RowReader.EntityHead"/>.</summary>
    public const string EntityColumns = "id, type, kind, name, latitude, longitude";

    public const string GetEntitySummary =
        "SELECT id, type, kind, name, document_count, claim_count, CAST(NULL AS TEXT) FROM entities WHERE id = @id";

    public const string GetEntity =
        "SELECT " + EntityColumns + " FROM entities WHERE id = @id;\n" +
        "SELECT entity_id, name, source FROM entity_aliases WHERE entity_id = @id ORDER BY ordinal;\n" +
        "SELECT entity_id, ref FROM entity_refs WHERE entity_id = @id ORDER BY ordinal";

    /// <summary>One keyset page of entities, then the aliases and refs of exactly those entities.</summary>
    public const string ReadEntities =
        "SELECT " + EntityColumns + " FROM entities WHERE id > @after AND id <= @through ORDER BY id;\n" +
        "SELECT entity_id, name, source FROM entity_aliases WHERE entity_id > @after AND entity_id <= @through ORDER BY entity_id, ordinal;\n" +
        "SELECT entity_id, ref FROM entity_refs WHERE entity_id > @after AND entity_id <= @through ORDER BY entity_id, ordinal";

    /// <summary>The last id of the next keyset page of entities; null when none are left.</summary>
    public const string NextEntityPage =
        "SELECT MAX(id) FROM (SELECT id FROM entities WHERE id > @after ORDER BY id LIMIT +@limit) page";

    public const string GetMemberships =
        "SELECT document_id, entity_key, entity_id, reason, score FROM memberships WHERE entity_id = @id ORDER BY document_id, entity_key";

    /// <summary>
    /// A claim's columns, its document and whether it is rejected, read by <see cref="RowReader.StoredClaim"/>
    /// with its four ends after them (<see cref="EndNames"/>). A claim is rejected when the latest reject or confirm decision
    /// naming it is a rejection (the target index holds the decisions in order, newest found first).
    /// </summary>
    private const string ClaimHead =
        "SELECT " + ClaimColumns + """
        ,
            c.document_id, c.evidence_text, d.title, d.published, d.publisher,
            CASE WHEN (SELECT cu.action FROM curation_targets ct JOIN curations cu ON cu.seq = ct.curation_seq
                       WHERE ct.target = c.document_id || '#' || c.claim_id AND cu.action IN ('reject_claim', 'confirm_claim')
                       ORDER BY ct.curation_seq DESC LIMIT 1) = 'reject_claim' THEN 1 ELSE 0 END,

        """;

    /// <summary>
    /// Follows the four ends' entity ids: the name and type of the subject, object, place and holder,
    /// from its entity (<c>es</c>, <c>eo</c>, <c>ep</c>, <c>eh</c>) or, when no entity resolves it, from its
    /// document (looked up only then: COALESCE stops at the first value). After resolution every end
    /// has an entity.
    /// </summary>
    private const string EndNames = """
        COALESCE(es.name, (SELECT de.name FROM document_entities de WHERE de.document_id = c.document_id AND de.entity_key = c.subject)),
        COALESCE(es.type, (SELECT de.type FROM document_entities de WHERE de.document_id = c.document_id AND de.entity_key = c.subject)),
        COALESCE(eo.name, (SELECT de.name FROM document_entities de WHERE de.document_id = c.document_id AND de.entity_key = c.object)),
        COALESCE(eo.type, (SELECT de.type FROM document_entities de WHERE de.document_id = c.document_id AND de.entity_key = c.object)),
        COALESCE(ep.name, (SELECT de.name FROM document_entities de WHERE de.document_id = c.document_id AND de.entity_key = c.place)),
        COALESCE(ep.type, (SELECT de.type FROM document_entities de WHERE de.document_id = c.document_id AND de.entity_key = c.place)),
        COALESCE(eh.name, (SELECT de.name FROM document_entities de WHERE de.document_id = c.document_id AND de.entity_key = c.holder_entity)),
        COALESCE(eh.type, (SELECT de.type FROM document_entities de WHERE de.document_id = c.document_id AND de.entity_key = c.holder_entity))
        """;

    /// <summary>A claim with its ends joined to global entities through memberships.</summary>
    private const string ClaimDetails = ClaimHead +
        "ms.entity_id, mo.entity_id, mp.entity_id, mh.entity_id, " + EndNames + """

        FROM claims c
        JOIN documents d ON d.id = c.document_id
        LEFT JOIN memberships ms ON ms.document_id = c.document_id AND ms.entity_key = c.subject
        LEFT JOIN entities es ON es.id = ms.entity_id
        LEFT JOIN memberships mo ON mo.document_id = c.document_id AND mo.entity_key = c.object
        LEFT JOIN entities eo ON eo.id = mo.entity_id
        LEFT JOIN memberships mp ON mp.document_id = c.document_id AND mp.entity_key = c.place
        LEFT JOIN entities ep ON ep.id = mp.entity_id
        LEFT JOIN memberships mh ON mh.document_id = c.document_id AND mh.entity_key = c.holder_entity
        LEFT JOIN entities eh ON eh.id = mh.entity_id

        """;

    /// <summary>The filters of a <see cref="ClaimQuery"/> other than the entity, on claims <c>c</c>.</summary>
    private const string ClaimFilters =
        " (@document IS NULL OR c.document_id = @document) AND (@predicate IS NULL OR c.predicate = @predicate) AND (@has_role = 0 OR c.role <> '') ";

    public const string GetClaims = ClaimDetails + " WHERE " + ClaimFilters +
        " ORDER BY d.published NULLS LAST, d.seq, c.ordinal LIMIT +@limit OFFSET @offset";

    /// <summary>Every filter of a <see cref="ClaimQuery"/> on an entity's listed claims <c>ec</c> (migration 0004).</summary>
    private const string EntityClaimFilters =
        " ec.entity_id = @entity AND (@document IS NULL OR ec.document_seq = (SELECT seq FROM documents WHERE id = @document))" +
        " AND (@predicate IS NULL OR ec.predicate = @predicate) AND (@has_role = 0 OR ec.with_role = 1) ";

    private const string EntityClaimKeys = "ec.predicate, ec.published, ec.document_seq, ec.ordinal, ec.claim_id, ec.subject_entity, ec.object_entity, ec.place_entity, ec.holder_entity";

    /// <summary>The claims of a <c>page</c> of <see cref="EntityClaimKeys"/>, with the ends it lists: no membership is joined.</summary>
    private const string PageDetails = ClaimHead +
        "p.subject_entity, p.object_entity, p.place_entity, p.holder_entity, " + EndNames + """

        FROM page p
        JOIN documents d ON d.seq = p.document_seq
        JOIN claims c ON c.document_id = d.id AND c.claim_id = p.claim_id
        LEFT JOIN entities es ON es.id = p.subject_entity
        LEFT JOIN entities eo ON eo.id = p.object_entity
        LEFT JOIN entities ep ON ep.id = p.place_entity
        LEFT JOIN entities eh ON eh.id = p.holder_entity

        """;

    /// <summary>A page of an entity's claims in the order of <see cref="GetClaims"/>, read and joined only for that page.</summary>
    public const string GetClaimsOfEntity =
        "WITH page AS (SELECT " + EntityClaimKeys + " FROM entity_claims ec WHERE " + EntityClaimFilters +
        " ORDER BY ec.published NULLS LAST, ec.document_seq, ec.ordinal LIMIT +@limit OFFSET @offset)\n" +
        PageDetails + " ORDER BY p.published NULLS LAST, p.document_seq, p.ordinal";

    /// <summary>The first <c>@per_predicate</c> claims of an entity with each predicate, by predicate, then as <see cref="GetClaims"/> orders them.</summary>
    public const string GetClaimsOfEntityPerPredicate =
        "WITH ranked AS (SELECT " + EntityClaimKeys + ", ROW_NUMBER() OVER (PARTITION BY ec.predicate ORDER BY ec.published NULLS LAST, ec.document_seq, ec.ordinal) AS n" +
        " FROM entity_claims ec WHERE " + EntityClaimFilters + "),\n" +
        "page AS (SELECT * FROM ranked WHERE n <= @per_predicate)\n" +
        PageDetails + " ORDER BY p.predicate, p.published NULLS LAST, p.document_seq, p.ordinal";

    public const string CountClaims =
        "SELECT c.predicate, c.modality, CAST(COUNT(*) AS INTEGER), CAST(SUM(CASE WHEN c.role <> '' THEN 1 ELSE 0 END) AS INTEGER)" +
        " FROM claims c WHERE " + ClaimFilters + " GROUP BY c.predicate, c.modality";

    public const string CountClaimsOfEntity =
        "SELECT ec.predicate, ec.modality, CAST(COUNT(*) AS INTEGER), CAST(SUM(ec.with_role) AS INTEGER)" +
        " FROM entity_claims ec WHERE " + EntityClaimFilters + " GROUP BY ec.predicate, ec.modality";

    public const string InsertCuration = """
        INSERT INTO curations (id, action, targets, value, reason, analyst, decided_at)
        VALUES (@id, @action, @targets, @value, @reason, @analyst, @decided_at)
        ON CONFLICT (id) DO NOTHING
        RETURNING seq
        """;

    public const string ListCurations =
        "SELECT id, action, targets, value, reason, analyst, decided_at FROM curations ORDER BY seq";

    /// <summary>Run by every write just before it commits.</summary>
    public const string CountChange = "UPDATE change_count SET changes = changes + 1";

    public const string ChangeCount = "SELECT changes FROM change_count";

    public const string Statistics = """
        SELECT
            (SELECT CAST(COUNT(*) AS INTEGER) FROM documents),
            (SELECT CAST(COALESCE(SUM(mention_count), 0) AS INTEGER) FROM documents),
            (SELECT CAST(COUNT(*) AS INTEGER) FROM entities),
            (SELECT CAST(COALESCE(SUM(claim_count), 0) AS INTEGER) FROM documents),
            (SELECT CAST(COUNT(*) AS INTEGER) FROM curations),
            (SELECT CAST(COALESCE(MAX(version), 0) AS INTEGER) FROM schema_version)
        """;
}
