using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Syndication;

/// <summary>Reads every stored document with its text signature and graded reliability.</summary>
public static class SourceDocuments
{
    private const int Page = 1000;

    public static async Task<IReadOnlyList<SourceDocument>> ReadAsync(INexusStore store, SourceGrades grades, CancellationToken cancellationToken)
    {
        var documents = new List<SourceDocument>();
        for (var offset = 0; ; offset += Page)
        {
            var page = await store.ListDocumentsAsync(new PageRequest(offset, Page), cancellationToken);
            foreach (var summary in page)
            {
                var text = (await store.GetDocumentAsync(summary.Id, cancellationToken))?.Text ?? "";
                documents.Add(new SourceDocument(summary.Id, summary.Metadata, TextSignature.Of(text), grades.Of(summary.Metadata)));
            }
            if (page.Count < Page)
            {
                return documents;
            }
        }
    }
}
