using Nexus.Resolution.ReferenceData;

namespace Nexus.Export.Snapshots;

/// <summary>
/// Reads a whole store into an <see cref="ExportSnapshot"/>. Holds every document's text and every
/// claim in memory: meant for exports of an analyst's store (thousands of documents), not of a
/// sharded team database.
/// </summary>
public sealed class SnapshotReader(INexusStore store, ReferenceLibrary? references)
{
    private const int PageSize = 500;

    /// <summary>Reads everything; <paramref name="assertions"/> is the assessment to grade claims with, empty when none has run.</summary>
    public async Task<ExportSnapshot> ReadAsync(IReadOnlyList<Assertion> assertions, CancellationToken cancellationToken)
    {
        var entities = new List<Entity>();
        var links = new Dictionary<DocumentEntityRef, string>();
        await foreach (var entity in store.ReadEntitiesAsync(cancellationToken))
        {
            entities.Add(entity);
            foreach (var membership in await store.GetMembershipsAsync(entity.Id, cancellationToken))
            {
                links[membership.Member] = membership.EntityId;
            }
        }
        var documents = new List<ExportDocument>();
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await store.ListDocumentsAsync(new PageRequest(offset, PageSize), cancellationToken);
            foreach (var summary in page)
            {
                var document = await store.GetDocumentAsync(summary.Id, cancellationToken)
                    ?? throw new InvalidOperationException($"Document {summary.Id} disappeared from the store during the export.");
                documents.Add(new ExportDocument(
                    document.Document.Id,
                    document.Text,
                    document.Document.Metadata,
                    [.. document.Entities.Select(e => new LinkedEntity(e, links.GetValueOrDefault(new DocumentEntityRef(summary.Id, e.Key))))]));
            }
            if (page.Count < PageSize)
            {
                break;
            }
        }
        var claims = new List<StoredClaim>();
        await foreach (var claim in store.ReadClaimsAsync(new ClaimQuery(), cancellationToken))
        {
            claims.Add(claim);
        }
        var sections = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var reference in entities.SelectMany(e => e.Refs).Distinct(StringComparer.Ordinal))
        {
            if (references?.FindRecord(reference) is { Section: { } section })
            {
                sections[reference] = section;
            }
        }
        return new ExportSnapshot
        {
            Entities = [.. entities.OrderBy(e => e.Id, StringComparer.Ordinal)],
            Documents = [.. documents.OrderBy(d => d.Id, StringComparer.Ordinal)],
            Claims = [.. claims.OrderBy(c => c.DocumentId, StringComparer.Ordinal).ThenBy(c => ClaimOrder.Of(c.Claim.Id)).ThenBy(c => c.Id, StringComparer.Ordinal)],
            Assertions = [.. assertions.OrderBy(a => a.Id, StringComparer.Ordinal)],
            Curations = [.. await store.ListCurationsAsync(cancellationToken)],
            RefSections = sections.ToImmutable(),
        };
    }
}
