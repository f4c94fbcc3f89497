using System.Globalization;
using System.Runtime.CompilerServices;

namespace Nexus.Storage.Relational;

/// <summary>
/// The store contract over ADO.NET, shared by the SQLite and PostgreSQL backends: everything but
/// connections, write serialisation, migrations and full-text search is the same SQL on both
/// (<see cref="CommonSql"/>). Only those two backends derive from it.
/// </summary>
public abstract class RelationalStore : INexusStore
{
    /// <summary>The most rows one page may ask for.</summary>
    public const int MaxPageSize = 10_000;

    /// <summary>Entities read per round trip when reading them all.</summary>
    private const int EntityBatch = 500;

    private protected RelationalStore(string name, TimeProvider time)
    {
        Name = name;
        Time = time;
    }

    /// <summary>Where the store lives, for messages: a file path or a server and database, never a password.</summary>
    public string Name { get; }

    private protected TimeProvider Time { get; }

    public async Task<bool> AddDocumentAsync(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        DocumentRows.Check(document);
        var id = document.Document.Id;
        var metadata = document.Document.Metadata;
        try
        {
            await using var scope = await BeginWriteAsync(cancellationToken);
            await using (var insert = scope.Command(CommonSql.InsertDocument))
            {
                insert.WithText("@id", id).WithText("@text", document.Text)
                    .WithText("@title", metadata.Title).WithText("@publisher", metadata.Publisher).WithText("@origin", metadata.Origin)
                    .WithText("@authors", StringList.Encode(metadata.Authors))
                    .With("@published", metadata.Published, DbType.Date)
                    .With("@published_time", metadata.PublishedTime, DbType.Time)
                    .With("@retrieved", metadata.Retrieved?.ToUniversalTime(), DbType.DateTimeOffset)
                    .WithText("@source", metadata.Source).WithText("@format", metadata.Format).WithText("@language", metadata.Language)
                    .WithText("@marking", Tlp.Format(metadata.Marking)).WithText("@reliability", metadata.Reliability.ToString())
                    .WithText("@credits", StringList.Encode(metadata.Credits))
                    .WithInt("@length", document.Text.Length).WithInt("@mention_count", document.Mentions.Length)
                    .WithInt("@claim_count", document.Claims.Length)
                    .With("@ingested_at", Time.GetUtcNow(), DbType.DateTimeOffset);
                if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    return false;
                }
            }
            await scope.InsertAsync(Tables.DocumentTokens, [[id, TokenCodec.Encode(document.Tokens, document.Text)]], cancellationToken);
            await scope.InsertAsync(Tables.Sentences, DocumentRows.Sentences(id, document), cancellationToken);
            await scope.InsertAsync(Tables.DocumentEntities, DocumentRows.Entities(id, document), cancellationToken);
            await scope.InsertAsync(Tables.Mentions, DocumentRows.Mentions(id, document), cancellationToken);
            await scope.InsertAsync(Tables.TimeExpressions, DocumentRows.Times(id, document), cancellationToken);
            await scope.InsertAsync(Tables.Claims, DocumentRows.Claims(id, document), cancellationToken);
            await scope.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbException e)
        {
            throw new StoreException($"Document {id} was not stored, and nothing of it was kept: {e.Message}", e);
        }
    }

    public async Task<bool> ContainsDocumentAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.ContainsDocument).WithText("@id", documentId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<AnnotatedDocument?> GetDocumentAsync(string documentId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.GetDocument).WithText("@id", documentId);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken))
        {
            return null;
        }
        var text = r.GetString(1);
        var document = Document.Create(text, RowReader.Metadata(r, 2));
        if (document.Id != documentId)
        {
            throw new StoreException($"Document {documentId} is stored with a text whose digest is {document.Id}; the store is damaged.");
        }
        await r.NextResultAsync(cancellationToken);
        var tokens = await r.ReadAsync(cancellationToken) ? TokenCodec.Decode(r.GetFieldValue<byte[]>(0), text) : [];
        return new AnnotatedDocument(document)
        {
            Tokens = tokens,
            Sentences = await NextAsync(r, RowReader.Sentence, cancellationToken),
            Mentions = await NextAsync(r, RowReader.Mention, cancellationToken),
            Entities = await NextAsync(r, RowReader.DocumentEntity, cancellationToken),
            Times = await NextAsync(r, RowReader.Time, cancellationToken),
            Claims = await NextAsync(r, RowReader.Claim, cancellationToken),
        };
    }

    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(PageRequest page, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.ListDocuments).Page(page);
        return await ReadAllAsync(command, r => new DocumentSummary(
            r.GetString(0), RowReader.Metadata(r, 5), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.Instant(4)), cancellationToken);
    }

    public abstract Task<SearchResults> SearchAsync(string query, PageRequest page, CancellationToken cancellationToken);

    public async IAsyncEnumerable<StoredDocumentEntity> ReadDocumentEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.ReadDocumentEntities);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            yield return new StoredDocumentEntity(r.GetString(6), RowReader.DocumentEntity(r), r.DateOrNull(7));
        }
    }

    public async Task ReplaceResolutionAsync(
        IReadOnlyList<Entity> entities,
        IReadOnlyList<EntityMembership> memberships,
        CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = await BeginWriteAsync(cancellationToken);
            await using (var clear = scope.Command(CommonSql.ClearResolution))
            {
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }
            await scope.InsertAsync(Tables.Entities, entities.Select(e => new object?[]
            {
                e.Id, StoredEnum.Text(e.Type), StoredEnum.Text(e.Kind), e.Name, NameKey.Fold(e.Name),
                e.Coordinates?.Latitude, e.Coordinates?.Longitude,
            }), cancellationToken);
            await scope.InsertAsync(Tables.EntityAliases, entities.SelectMany(e => e.Aliases.Select((a, i) => new object?[]
            {
                e.Id, i, a.Name, a.Source, NameKey.Fold(a.Name),
            })), cancellationToken);
            await scope.InsertAsync(Tables.EntityRefs, entities.SelectMany(e => e.Refs.Select((r, i) => new object?[] { e.Id, i, r })), cancellationToken);
            await scope.InsertAsync(Tables.Memberships, memberships.Select(m => new object?[]
            {
                m.Member.DocumentId, m.Member.Key, m.EntityId, m.Reason, m.Score,
            }), cancellationToken);
            await using (var index = scope.Command(CommonSql.IndexEntityClaims))
            {
                await index.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var count = scope.Command(CommonSql.CountEntityEvidence))
            {
                await count.ExecuteNonQueryAsync(cancellationToken);
            }
            await IndexNamesAsync(scope, cancellationToken);
            await scope.CommitAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw new StoreException($"The resolution was not replaced, and the previous one is kept: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyList<EntitySummary>> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        var key = NameKey.Fold(query.Text ?? "");
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = FindEntitiesCommand(connection)
            .WithText("@key", key).WithText("@prefix", key + "%").WithText("@word", "% " + key + "%")
            .WithText("@contains", "%" + key + "%").WithText("@type", StoredEnum.Text(query.Type))
            .Page(query.Page);
        return await ReadAllAsync(command, RowReader.EntitySummary, cancellationToken);
    }

    public async Task<Entity?> GetEntityAsync(string entityId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.GetEntity).WithText("@id", entityId);
        return (await ReadEntitiesAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<EntitySummary?> GetEntitySummaryAsync(string entityId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.GetEntitySummary).WithText("@id", entityId);
        return (await ReadAllAsync(command, RowReader.EntitySummary, cancellationToken)).SingleOrDefault();
    }

    public async IAsyncEnumerable<Entity> ReadEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var after = "";
        while (true)
        {
            string through;
            await using (var next = connection.Command(CommonSql.NextEntityPage).WithText("@after", after).WithInt("@limit", EntityBatch))
            {
                if (await next.ExecuteScalarAsync(cancellationToken) is not string last)
                {
                    yield break;
                }
                through = last;
            }
            await using var page = connection.Command(CommonSql.ReadEntities).WithText("@after", after).WithText("@through", through);
            foreach (var entity in await ReadEntitiesAsync(page, cancellationToken))
            {
                yield return entity;
            }
            after = through;
        }
    }

    public async Task<IReadOnlyList<EntityMembership>> GetMembershipsAsync(string entityId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.GetMemberships).WithText("@id", entityId);
        return await ReadAllAsync(command, RowReader.Membership, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredClaim>> GetClaimsAsync(ClaimQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = ClaimsCommand(connection, query).Page(query.Page);
        return await ReadAllAsync(command, RowReader.StoredClaim, cancellationToken);
    }

    public async IAsyncEnumerable<StoredClaim> ReadClaimsAsync(ClaimQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = ClaimsCommand(connection, query).WithInt("@limit", int.MaxValue).WithInt("@offset", 0);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            yield return RowReader.StoredClaim(r);
        }
    }

    public async Task<IReadOnlyList<StoredClaim>> GetClaimsPerPredicateAsync(string entityId, int perPredicate, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.GetClaimsOfEntityPerPredicate).Filter(new ClaimQuery { EntityId = entityId })
            .WithInt("@per_predicate", Math.Clamp(perPredicate, 0, MaxPageSize));
        return await ReadAllAsync(command, RowReader.StoredClaim, cancellationToken);
    }

    public async Task<IReadOnlyList<ClaimTally>> CountClaimsAsync(ClaimQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = (query.EntityId is null ? connection.Command(CommonSql.CountClaims) : connection.Command(CommonSql.CountClaimsOfEntity))
            .Filter(query);
        return await ReadAllAsync(command, r => new ClaimTally(r.Enum<Predicate>(0), r.Enum<Modality>(1), r.GetInt32(2), r.GetInt32(3)), cancellationToken);
    }

    public async Task AddCurationAsync(Curation curation, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = await BeginWriteAsync(cancellationToken);
            await using var insert = scope.Command(CommonSql.InsertCuration)
                .WithText("@id", curation.Id).WithText("@action", StoredEnum.Text(curation.Action))
                .WithText("@targets", StringList.Encode(curation.Targets)).WithText("@value", curation.Value)
                .WithText("@reason", curation.Reason).WithText("@analyst", curation.Analyst)
                .With("@decided_at", curation.At.ToUniversalTime(), DbType.DateTimeOffset);
            if (await insert.ExecuteScalarAsync(cancellationToken) is not { } seq)
            {
                return;
            }
            var curationSeq = Convert.ToInt64(seq, CultureInfo.InvariantCulture);
            await scope.InsertAsync(Tables.CurationTargets, curation.Targets.Select((t, i) => new object?[] { curationSeq, i, t }), cancellationToken);
            await scope.CommitAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw new StoreException($"Curation {curation.Id} was not stored: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyList<Curation>> ListCurationsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.ListCurations);
        return await ReadAllAsync(command, RowReader.Curation, cancellationToken);
    }

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.Statistics);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        await r.ReadAsync(cancellationToken);
        return new StoreStatistics(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5));
    }

    public async Task<long> GetChangeCountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.Command(CommonSql.ChangeCount);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>A pooled connection, open, for reads (and for a write through <see cref="BeginWriteAsync"/>).</summary>
    private protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>The entity lookup, <see cref="CommonSql.FindEntities"/> unless the backend keeps an index of names.</summary>
    private protected virtual DbCommand FindEntitiesCommand(DbConnection connection) => connection.Command(CommonSql.FindEntities);

    /// <summary>Runs in a resolution's transaction once its entities and aliases are stored, for a backend's own index of their names.</summary>
    private protected virtual Task IndexNamesAsync(WriteScope scope, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A connection with a write transaction begun, once the backend lets this writer in.</summary>
    private protected abstract ValueTask<WriteScope> BeginWriteAsync(CancellationToken cancellationToken);

    private protected static async Task<IReadOnlyList<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await r.ReadAsync(cancellationToken))
        {
            rows.Add(read(r));
        }
        return rows;
    }

    /// <summary>
    /// Reads a search whose rows are the count of matches followed by a hit's columns, the hit's
    /// columns null when the page holds none (so that a page past the end still gives the count).
    /// </summary>
    private protected static async Task<SearchResults> ReadSearchAsync(DbCommand command, Func<DbDataReader, SearchHit> hit, CancellationToken cancellationToken)
    {
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<SearchHit>();
        var matching = 0;
        while (await r.ReadAsync(cancellationToken))
        {
            matching = r.GetInt32(0);
            if (!r.IsDBNull(1))
            {
                hits.Add(hit(r));
            }
        }
        return new SearchResults(hits, matching);
    }

    private protected async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await OpenConnectionAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw new StoreException($"The store {Name} could not be reached: {e.Message}", e);
        }
    }

    private static DbCommand ClaimsCommand(DbConnection connection, ClaimQuery query) =>
        (query.EntityId is null ? connection.Command(CommonSql.GetClaims) : connection.Command(CommonSql.GetClaimsOfEntity)).Filter(query);

    private static async Task<ImmutableArray<T>> NextAsync<T>(DbDataReader r, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await r.NextResultAsync(cancellationToken);
        var rows = ImmutableArray.CreateBuilder<T>();
        while (await r.ReadAsync(cancellationToken))
        {
            rows.Add(read(r));
        }
        return rows.ToImmutable();
    }

    /// <summary>Reads entity heads, then the aliases and refs of those entities, from the three result sets of one command.</summary>
    private static async Task<List<Entity>> ReadEntitiesAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        var heads = new List<Entity>();
        while (await r.ReadAsync(cancellationToken))
        {
            heads.Add(RowReader.EntityHead(r));
        }
        var aliases = await GroupAsync(r, r => new Alias(r.GetString(1), r.GetString(2)), cancellationToken);
        var refs = await GroupAsync(r, r => r.GetString(1), cancellationToken);
        return heads.ConvertAll(e => e with
        {
            Aliases = aliases.TryGetValue(e.Id, out var a) ? a.ToImmutableArray() : [],
            Refs = refs.TryGetValue(e.Id, out var f) ? f.ToImmutableArray() : [],
        });
    }

    private static async Task<Dictionary<string, List<T>>> GroupAsync<T>(DbDataReader r, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await r.NextResultAsync(cancellationToken);
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        while (await r.ReadAsync(cancellationToken))
        {
            var id = r.GetString(0);
            if (!groups.TryGetValue(id, out var group))
            {
                groups[id] = group = [];
            }
            group.Add(read(r));
        }
        return groups;
    }
}
