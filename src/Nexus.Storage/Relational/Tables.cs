namespace Nexus.Storage.Relational;

/// <summary>The tables written through <see cref="Commands.InsertAsync"/>; SCHEMA.md describes each.</summary>
internal static class Tables
{
    private const DbType Text = DbType.String;
    private const DbType Int = DbType.Int32;
    private const DbType Real = DbType.Double;
    private const DbType Date = DbType.Date;

    public static readonly Table DocumentTokens = new("document_tokens", [new("document_id", Text), new("tokens", DbType.Binary)]);

    public static readonly Table Sentences = new("sentences",
    [
        new("document_id", Text), new("ordinal", Int), new("span_start", Int), new("span_end", Int),
        new("first_token", Int), new("token_count", Int),
    ]);

    public static readonly Table DocumentEntities = new("document_entities",
    [
        new("document_id", Text), new("entity_key", Text), new("ordinal", Int), new("type", Text), new("kind", Text),
        new("name", Text), new("aliases", Text), new("refs", Text),
    ]);

    public static readonly Table Mentions = new("mentions",
    [
        new("document_id", Text), new("ordinal", Int), new("span_start", Int), new("span_end", Int), new("text", Text),
        new("type", Text), new("kind", Text), new("confidence", Real), new("source", Text), new("canonical", Text),
        new("refs", Text), new("entity_key", Text),
    ]);

    public static readonly Table TimeExpressions = new("time_expressions",
    [
        new("document_id", Text), new("ordinal", Int), new("text", Text), new("span_start", Int), new("span_end", Int),
        new("date_start", Date), new("date_end", Date), new("granularity", Text), new("qualifier", Text),
    ]);

    public static readonly Table Claims = new("claims",
    [
        new("document_id", Text), new("claim_id", Text), new("ordinal", Int), new("subject", Text), new("predicate", Text),
        new("object", Text), new("role", Text), new("item", Text), new("kinds", Text), new("count_value", Int),
        new("time_text", Text), new("time_span_start", Int), new("time_span_end", Int), new("time_start", Date),
        new("time_end", Date), new("time_granularity", Text), new("time_qualifier", Text), new("place", Text),
        new("modality", Text), new("likelihood", Text), new("polarity", Text), new("holder_text", Text),
        new("holder_kind", Text), new("holder_entity", Text), new("cue", Text), new("evidence_start", Int),
        new("evidence_end", Int), new("evidence_text", Text), new("trigger_start", Int), new("trigger_end", Int),
        new("confidence", Real), new("pattern", Text), new("holder_via", Text),
    ]);

    public static readonly Table Entities = new("entities",
    [
        new("id", Text), new("type", Text), new("kind", Text), new("name", Text), new("name_key", Text),
        new("latitude", Real), new("longitude", Real),
    ]);

    public static readonly Table EntityAliases = new("entity_aliases",
        [new("entity_id", Text), new("ordinal", Int), new("name", Text), new("source", Text), new("name_key", Text)]);

    public static readonly Table EntityRefs = new("entity_refs", [new("entity_id", Text), new("ordinal", Int), new("ref", Text)]);

    public static readonly Table Memberships = new("memberships",
        [new("document_id", Text), new("entity_key", Text), new("entity_id", Text), new("reason", Text), new("score", Real)]);

    public static readonly Table CurationTargets = new("curation_targets",
        [new("curation_seq", DbType.Int64), new("ordinal", Int), new("target", Text)]);
}
