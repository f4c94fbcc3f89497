using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Nexus.Ingest.Tests.Support;

/// <summary>PDFs written at test time with PdfPig's builder: pages of lines with a running header and footer.</summary>
public static class PdfSamples
{
    public const string Header = "Harbor Watch Institute - Maritime Brief";

    /// <summary>Each page is a list of paragraphs, each a list of printed lines.</summary>
    public static byte[] Build(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> pages, string? title = null, string? author = null)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }
        if (author is not null)
        {
            builder.DocumentInformation.Author = author;
        }
        builder.DocumentInformation.CreationDate = "D:20250114090000Z";
        for (var p = 0; p < pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(Header, 9, new PdfPoint(72, 800), font);
            var y = 760.0;
            foreach (var paragraph in pages[p])
            {
                foreach (var line in paragraph)
                {
                    page.AddText(line, 11, new PdfPoint(72, y), font);
                    y -= 14;
                }
                y -= 12;
            }
            page.AddText($"Page {p + 1} of {pages.Count}", 9, new PdfPoint(280, 40), font);
        }
        return builder.Build();
    }
}
