namespace Nexus.Storage;

/// <summary>
/// The store contract every backend (SQLite, PostgreSQL) passes the same test suite for.
/// Extracted data (documents, mentions, document entities, claims) is written once per document in
/// one transaction and never edited; resolution (global entities) is derived and replaced as a whole;
/// curations are the analyst's own records, kept apart and replayed.
/// Implementations are safe to share between threads. Failures surface as <see cref="StoreException"/>.
/// </summary>
public interface INexusStore : IAsyncDisposable
{
    /// <summary>
    /// Stores a document with all its layers in one transaction. Returns false, and changes nothing,
    /// when a document with the same id (the same clean text) is already stored. On failure nothing of
    /// the document is stored.
    /// </summary>
    Task<bool> AddDocumentAsync(AnnotatedDocument document, CancellationToken cancellationToken);

    Task<bool> ContainsDocumentAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>The stored document with every layer, or null.</summary>
    Task<AnnotatedDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken);

    /// <summary>Documents, most recently published first (undated last), then in ingest order.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(PageRequest page, CancellationToken cancellationToken);

    /// <summary>
    /// Full-text search over document text and titles: one page of hits, best match first, each with
    /// a snippet, and how many documents match (counted in the same pass that ranks them). The query is
    /// read as web search text (words, "quoted phrases", <c>or</c>, <c>-excluded</c>); punctuation never
    /// fails it. A page past the last hit is empty and still gives the count.
    /// </summary>
    Task<SearchResults> SearchAsync(string query, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Every document-local entity, the input of cross-document resolution, in ingest order.</summary>
    IAsyncEnumerable<StoredDocumentEntity> ReadDocumentEntitiesAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the derived global entities and memberships in one transaction.</summary>
    Task ReplaceResolutionAsync(
        IReadOnlyList<Entity> entities,
        IReadOnlyList<EntityMembership> memberships,
        CancellationToken cancellationToken);

    /// <summary>Entities whose name or an alias matches <see cref="EntityQuery.Text"/>, best first.</summary>
    Task<IReadOnlyList<EntitySummary>> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken);

    Task<Entity?> GetEntityAsync(string entityId, CancellationToken cancellationToken);

    /// <summary>The entity with how many documents and claims name it (as a lookup lists it), or null; no alias or ref is read.</summary>
    Task<EntitySummary?> GetEntitySummaryAsync(string entityId, CancellationToken cancellationToken);

    /// <summary>Every global entity with its aliases, refs and coordinates, for exports and graph building.</summary>
    IAsyncEnumerable<Entity> ReadEntitiesAsync(CancellationToken cancellationToken);

    /// <summary>Why each document-local entity belongs to this entity.</summary>
    Task<IReadOnlyList<EntityMembership>> GetMembershipsAsync(string entityId, CancellationToken cancellationToken);

    /// <summary>Claims with their ends resolved to global entities and their evidence text, one page.</summary>
    Task<IReadOnlyList<StoredClaim>> GetClaimsAsync(ClaimQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Every claim matching the query's filters (its page is ignored), streamed in the order of
    /// <see cref="GetClaimsAsync"/>: for assessment and exports, which read them all.
    /// </summary>
    IAsyncEnumerable<StoredClaim> ReadClaimsAsync(ClaimQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The first <paramref name="perPredicate"/> claims about an entity (subject or object) with each
    /// predicate, ordered by predicate and then as <see cref="GetClaimsAsync"/> orders them: the
    /// opening page of every group of a profile in one query.
    /// </summary>
    Task<IReadOnlyList<StoredClaim>> GetClaimsPerPredicateAsync(string entityId, int perPredicate, CancellationToken cancellationToken);

    /// <summary>How many claims match the query's filters (its page is ignored), per predicate and modality, without reading them.</summary>
    Task<IReadOnlyList<ClaimTally>> CountClaimsAsync(ClaimQuery query, CancellationToken cancellationToken);

    /// <summary>Appends a curation; adding one whose id is already stored changes nothing.</summary>
    Task AddCurationAsync(Curation curation, CancellationToken cancellationToken);

    /// <summary>Every curation, oldest (first added) first.</summary>
    Task<IReadOnlyList<Curation>> ListCurationsAsync(CancellationToken cancellationToken);

    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A number that grows with every committed write (a document, a resolution, a curation) from any
    /// process, and changes for nothing else: what the store answers can only differ when it has
    /// changed, so caches of answers are keyed on it. One indexed read.
    /// </summary>
    Task<long> GetChangeCountAsync(CancellationToken cancellationToken);
}
