namespace Nexus.Ingest.Pdf;

/// <summary>A page's text blocks in reading order, each a list of lines.</summary>
internal sealed record PdfPageText(IReadOnlyList<IReadOnlyList<PdfLine>> Blocks);
