namespace Nexus.Analysis.Syndication;

/// <summary>Reads every stored document's metadata and text signature.</summary>
public static class SourceDocuments
{
    private const int Page = 1000;

    public static async Task<IReadOnlyList<SourceDocument>> ReadAsync(INexusStore store, CancellationToken cancellationToken)
    {
        var documents = new List<SourceDocument>();
        for (var offset = 0; ; offset += Page)
        {
            var page = await store.ListDocumentsAsync(new PageRequest(offset, Page), cancellationToken);
            foreach (var summary in page)
            {
                var text = (await store.GetDocumentAsync(summary.Id, cancellationToken))?.Text ?? "";
                documents.Add(new SourceDocument(summary.Id, summary.Metadata, TextSignature.Of(text)));
            }
            if (page.Count < Page)
            {
                return documents;
            }
        }
    }
}
