using Nexus.Ingest.Metadata;
using Nexus.Ingest.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Fonts;

namespace Nexus.Ingest.Pdf;

/// <summary>
/// PDFs through PdfPig: words from letters, blocks by Docstrum segmentation, blocks in reading order,
/// then <see cref="PdfTextAssembler"/>. Title, author and creation date come from the info dictionary.
/// </summary>
internal sealed class PdfReader : IDocumentReader
{
    public string Format => "pdf";

    public bool CanRead(SourceFile file) => ContentSniffer.IsPdf(file.Bytes);

    public IAsyncEnumerable<IngestResult> ReadAsync(SourceFile file, IngestOptions options, CancellationToken cancellationToken) =>
        new[] { Read(file, options, cancellationToken) }.ToAsyncEnumerable();

    private IngestResult Read(SourceFile file, IngestOptions options, CancellationToken cancellationToken)
    {
        try
        {
            using var pdf = PdfDocument.Open(file.Bytes);
            var pages = new List<PdfPageText>();
            foreach (var page in pdf.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                pages.Add(PageText(page));
            }
            var text = PdfTextAssembler.Assemble(pages);
            if (text.Length == 0)
            {
                return IngestResult.Failure(file.Path, $"{file.Name} has no text layer (a scanned PDF needs OCR first).");
            }
            return DocumentFactory.Create(file, text, Metadata(pdf.Information), options);
        }
        catch (Exception e) when (e is PdfDocumentFormatException or CorruptCompressedDataException or InvalidFontFormatException)
        {
            return IngestResult.Failure(file.Path, $"{file.Name} is not a readable PDF: {e.Message.TrimEnd('.')}.");
        }
        catch (PdfDocumentEncryptedException)
        {
            return IngestResult.Failure(file.Path, $"{file.Name} is an encrypted PDF.");
        }
    }

    private static PdfPageText PageText(Page page)
    {
        var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters);
        var blocks = DocstrumBoundingBoxes.Instance.GetBlocks(words);
        var ordered = UnsupervisedReadingOrderDetector.Instance.Get(blocks);
        return new PdfPageText(ordered
            .Select(block => (IReadOnlyList<PdfLine>)block.TextLines.Select(line => new PdfLine(line.Text, line.BoundingBox.Top)).ToList())
            .ToList());
    }

    private DocumentMetadata Metadata(DocumentInformation info)
    {
        var created = info.GetCreatedDateTimeOffset();
        return new DocumentMetadata
        {
            Format = Format,
            Title = Clean(info.Title),
            Authors = Clean(info.Author) is { } author
                ? [.. PersonNames.SplitNames(author.Replace(';', ','), 1) ?? [author]]
                : [],
            // A report's creation date is the best date a bare PDF gives; the time is not printed, so it is not kept.
            Published = created is { } date ? DateOnly.FromDateTime(date.DateTime) : null,
        };
    }

    private static string? Clean(string? value) =>
        value is null ? null : Cleaning.TextNormalizer.NormalizeLine(value) is { Length: > 0 } text ? text : null;
}
