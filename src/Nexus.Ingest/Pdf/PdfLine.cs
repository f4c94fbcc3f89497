namespace Nexus.Ingest.Pdf;

/// <summary>One printed line of a PDF page, with its top edge (PDF units, larger is higher up).</summary>
internal sealed record PdfLine(string Text, double Top);
