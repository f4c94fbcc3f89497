using Nexus.Ingest.Cleaning;

namespace Nexus.Ingest.Pdf;

/// <summary>
/// Joins a PDF's pages into paragraphs: running headers and footers (a line at a page's top or bottom
/// that recurs, digits aside, on at least half the pages) and bare page numbers go; a word hyphenated
/// at a line end is mended when the next line goes on in lower case; a paragraph cut by a page break
/// is joined again. A block is split into paragraphs where its line spacing opens up well beyond the
/// document's usual spacing, as layout analysis may put two short paragraphs in one block.
/// </summary>
internal static partial class PdfTextAssembler
{
    private const int EdgeLines = 2;
    private const double ParagraphGap = 1.5;

    public static string Assemble(IReadOnlyList<PdfPageText> pages)
    {
        var running = RunningLines(pages);
        var spacing = LineSpacing(pages);
        var paragraphs = new List<string>();
        foreach (var page in pages)
        {
            var edges = EdgeSet(page);
            var first = true;
            foreach (var block in page.Blocks.SelectMany(b => SplitAtGaps(b, spacing)))
            {
                var lines = block
                    .Where(l => !(edges.Contains(l) && (running.Contains(Signature(l.Text)) || PageNumber().IsMatch(l.Text))))
                    .Select(l => TextNormalizer.NormalizeLine(l.Text))
                    .Where(t => t.Length > 0)
                    .ToList();
                if (lines.Count == 0)
                {
                    continue;
                }
                var text = JoinLines(lines);
                // The first block of a page continues the last paragraph when that one stopped mid-sentence.
                if (first && paragraphs.Count > 0 && !LineFeatures.EndsLikeSentence(paragraphs[^1]) && StartsLower(text))
                {
                    paragraphs[^1] = JoinLines([paragraphs[^1], text]);
                }
                else
                {
                    paragraphs.Add(text);
                }
                first = false;
            }
        }
        return string.Join("\n\n", paragraphs);
    }

    private static string JoinLines(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder(lines[0]);
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]) && StartsLower(line))
            {
                text.Length--;
            }
            else if (text[^1] != '-' || !char.IsLetter(line[0]))
            {
                text.Append(' ');
            }
            text.Append(line);
        }
        return text.ToString();
    }

    /// <summary>The median distance between consecutive lines of a block, over the whole document.</summary>
    private static double LineSpacing(IReadOnlyList<PdfPageText> pages)
    {
        var gaps = pages.SelectMany(p => p.Blocks)
            .SelectMany(b => b.Zip(b.Skip(1), (upper, lower) => upper.Top - lower.Top))
            .Where(gap => gap > 0)
            .Order()
            .ToList();
        return gaps.Count == 0 ? double.PositiveInfinity : gaps[gaps.Count / 2];
    }

    private static IEnumerable<IReadOnlyList<PdfLine>> SplitAtGaps(IReadOnlyList<PdfLine> block, double spacing)
    {
        var start = 0;
        for (var i = 1; i < block.Count; i++)
        {
            if (block[i - 1].Top - block[i].Top > ParagraphGap * spacing)
            {
                yield return block.Skip(start).Take(i - start).ToList();
                start = i;
            }
        }
        yield return block.Skip(start).ToList();
    }

    private static bool StartsLower(string text) => text.Length > 0 && char.IsLower(text[0]);

    /// <summary>Signatures of lines that recur at the page edges of at least half the pages.</summary>
    private static HashSet<string> RunningLines(IReadOnlyList<PdfPageText> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var signature in EdgeSet(page).Select(l => Signature(l.Text)).Distinct(StringComparer.Ordinal))
            {
                counts[signature] = counts.GetValueOrDefault(signature) + 1;
            }
        }
        return pages.Count < 2
            ? []
            : counts.Where(c => c.Value * 2 >= pages.Count && c.Key.Length > 0).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The top and bottom lines of a page by position, whatever block they were put in.</summary>
    private static HashSet<PdfLine> EdgeSet(PdfPageText page)
    {
        var lines = page.Blocks.SelectMany(b => b).OrderByDescending(l => l.Top).ToList();
        return lines.Take(EdgeLines).Concat(lines.TakeLast(EdgeLines)).ToHashSet(ReferenceEqualityComparer.Instance as IEqualityComparer<PdfLine>);
    }

    // Page numbers change from page to page; the rest of a running header does not.
    private static string Signature(string line) =>
        Digits().Replace(TextNormalizer.NormalizeLine(line).ToLowerInvariant(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\s*(?:[-–—]\s*)?(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
