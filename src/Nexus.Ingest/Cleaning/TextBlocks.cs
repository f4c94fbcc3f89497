namespace Nexus.Ingest.Cleaning;

/// <summary>
/// Cuts a plain text into blocks (paragraph candidates). Scraped text puts each paragraph on its own
/// line, so every non-blank line is a block; hard-wrapped text (lines broken near a fixed width) has
/// its wrapped lines joined back, a line ending well short of the width closing its paragraph.
/// </summary>
internal static class TextBlocks
{
    private const int MaxWrapWidth = 100;
    private const double FullLineShare = 0.6;

    public static IReadOnlyList<string> FromPlainText(string text)
    {
        var lines = TextNormalizer.Lines(text);
        var width = WrapWidth(lines);
        var blocks = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            if (current.Length > 0)
            {
                // A line broken at a hyphen keeps it: "Lashkar-e-" + "Taiba" is one word again.
                if (current[^1] != '-')
                {
                    current.Append(' ');
                }
            }
            current.Append(line);
            var wrapped = width > 0 && line.Length >= FullLineShare * width
                && i + 1 < lines.Count && lines[i + 1].Length > 0;
            if (!wrapped)
            {
                Flush();
            }
        }
        Flush();
        return blocks;

        void Flush()
        {
            if (current.Length > 0)
            {
                blocks.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary>
    /// The width a text is wrapped at, or 0 when it is not hard-wrapped: nearly all lines fit a
    /// terminal-like width, and the full-width lines mostly run on into the next line mid-sentence.
    /// </summary>
    private static int WrapWidth(IReadOnlyList<string> lines)
    {
        var lengths = lines.Where(l => l.Length > 0).Select(l => l.Length).Order().ToList();
        if (lengths.Count < 4)
        {
            return 0;
        }
        var p90 = lengths[(int)(lengths.Count * 0.9) - 1];
        if (p90 > MaxWrapWidth)
        {
            return 0;
        }
        var (full, runOn) = (0, 0);
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Length >= FullLineShare * p90)
            {
                full++;
                if (lines[i + 1].Length > 0 && !LineFeatures.EndsLikeSentence(lines[i]))
                {
                    runOn++;
                }
            }
        }
        return runOn >= 2 && runOn * 2 >= full ? p90 : 0;
    }
}
