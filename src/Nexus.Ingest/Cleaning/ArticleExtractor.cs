using Nexus.Ingest.Metadata;

namespace Nexus.Ingest.Cleaning;

/// <summary>
/// Separates an article's body from the site furniture around it, and lifts the facts that furniture
/// carries (date line, byline, "Source:" line, picture credits, the title) into metadata.
/// The decision rule is described in README.md (in this project).
/// </summary>
internal static class ArticleExtractor
{
    private const double NeighbourWeight = 0.15;
    private const double EdgeNeighbourScore = -1.0;

    public static ArticleText Extract(IReadOnlyList<string> rawBlocks, ArticleHints hints, DateOrder order)
    {
        var blocks = rawBlocks.Select(TextNormalizer.NormalizeLine).Where(b => b.Length > 0).ToList();
        var found = new FoundMetadata();
        blocks = LiftMetadataLines(blocks, found, order);

        var authors = Distinct(hints.Authors.Concat(found.Authors));
        var title = FindRepeatedOrHintedTitle(blocks, hints.Title, authors);
        if (title is not null)
        {
            blocks = RemoveTitle(blocks, title, authors);
        }
        blocks = LiftCredits(blocks, found);

        var features = blocks.Select(LineFeatures.Of).ToList();
        var scores = features.Select(BlockScorer.Score).ToList();
        var (start, end) = BestSpan(Smooth(scores));
        if (title is null && FindHeadline(blocks, features, start, end) is { } headline)
        {
            title = new TitleLine(headline.Index, blocks[headline.Index], StripAuthor(blocks[headline.Index], authors));
            if (headline.Index == start)
            {
                start++;
            }
        }
        var body = new List<string>();
        for (var i = start; i < end; i++)
        {
            if (!BlockScorer.IsStrongChrome(features[i], scores[i]))
            {
                body.Add(blocks[i]);
            }
        }
        return new ArticleText
        {
            Text = string.Join("\n\n", body),
            Title = hints.Title ?? title?.Clean,
            Authors = [.. authors],
            Published = hints.Published ?? found.Published?.Date ?? found.Updated?.Date,
            PublishedTime = hints.Published is not null ? hints.PublishedTime : (found.Published ?? found.Updated)?.Time,
            Origin = found.Origin,
            Credits = [.. Distinct(found.Credits)],
        };
    }

    /// <summary>Removes whole lines that are a date, a byline, an origin or a credit, keeping what they say.</summary>
    private static List<string> LiftMetadataLines(List<string> blocks, FoundMetadata found, DateOrder order)
    {
        var kept = new List<string>();
        // A date alone on a line is page furniture near the headline or the end; deep inside a body it may
        // be a chronology's heading, which stays.
        var head = Math.Max(8, blocks.Count / 4);
        var tail = Math.Max(6, blocks.Count / 5);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var nearEdge = i < head || i >= blocks.Count - tail;
            if (DateLineParser.TryParse(block, order, allowBare: nearEdge) is { } date)
            {
                found.Add(date);
            }
            else if (BylineParser.TryParse(block, order) is { } byline)
            {
                found.Authors.AddRange(byline.Authors);
                if (byline.Date is not null)
                {
                    found.Add(byline.Date);
                }
            }
            else if (OriginParser.TryParse(block) is { } origin)
            {
                found.Origin ??= origin;
            }
            else if (CreditParser.TryParseLine(block) is { } credit)
            {
                found.Credits.Add(credit);
            }
            else
            {
                kept.Add(block);
            }
        }
        return kept;
    }

    private static List<string> LiftCredits(List<string> blocks, FoundMetadata found)
    {
        var kept = new List<string>(blocks.Count);
        foreach (var block in blocks)
        {
            if (CreditParser.TryStripTrailing(block) is { } stripped)
            {
                found.Credits.Add(stripped.Credit);
                if (stripped.Text.Length > 0)
                {
                    kept.Add(stripped.Text);
                }
            }
            else
            {
                kept.Add(block);
            }
        }
        return kept;
    }

    /// <summary>
    /// The title when the page states it (a hint) or repeats it: scraped pages often print the headline
    /// again glued to the front of the next paragraph (the lead image's caption).
    /// </summary>
    private static TitleLine? FindRepeatedOrHintedTitle(List<string> blocks, string? hint, IReadOnlyList<string> authors)
    {
        var zone = Math.Min(blocks.Count, Math.Max(6, blocks.Count / 4));
        for (var i = 0; i < zone; i++)
        {
            var block = blocks[i];
            var clean = StripAuthor(block, authors);
            if (hint is not null && (Same(block, hint) || Same(clean, hint)))
            {
                return new TitleLine(i, block, hint);
            }
            if (hint is null && BlockScorer.IsHeadingLike(LineFeatures.Of(clean), clean)
                && blocks.Skip(i + 1).Any(later => later.StartsWith(block + " ", StringComparison.Ordinal)))
            {
                return new TitleLine(i, block, clean);
            }
        }
        return null;
    }

    /// <summary>Drops the title line and its repetitions, and the title (+ author) glued to a paragraph's start.</summary>
    private static List<string> RemoveTitle(List<string> blocks, TitleLine title, IReadOnlyList<string> authors)
    {
        var kept = new List<string>(blocks.Count);
        var zone = Math.Max(6, blocks.Count / 3);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (i == title.Index || (i < zone && (Same(block, title.Raw) || Same(block, title.Clean))))
            {
                continue;
            }
            if (i < zone)
            {
                block = StripPrefix(block, title.Raw) ?? StripPrefix(block, title.Clean) ?? block;
                foreach (var author in authors)
                {
                    block = StripPrefix(block, author) ?? block;
                }
            }
            if (block.Length > 0)
            {
                kept.Add(block);
            }
        }
        return kept;
    }

    /// <summary>
    /// Without a stated or repeated title, the headline is the body's first line when it is heading-like
    /// and a sentence follows, else the heading-like line just before the body, looking past a one- or
    /// two-word section label but not past a menu.
    /// </summary>
    private static (int Index, bool InBody)? FindHeadline(List<string> blocks, List<LineFeatures> features, int start, int end)
    {
        if (end - start >= 2 && BlockScorer.IsHeadingLike(features[start], blocks[start]) && features[start + 1].EndsSentence)
        {
            return (start, true);
        }
        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
        {
            if (BlockScorer.IsHeadingLike(features[i], blocks[i]))
            {
                return (i, false);
            }
            if (features[i].Words > 2 || features[i].LinkWordRatio >= 0.5 || features[i].Separators > 0)
            {
                break;
            }
        }
        return null;
    }

    private static string StripAuthor(string title, IReadOnlyList<string> authors)
    {
        foreach (var author in authors)
        {
            foreach (var glue in new[] { " by " + author, " By " + author, " " + author })
            {
                if (title.Length > glue.Length && title.EndsWith(glue, StringComparison.Ordinal))
                {
                    return title[..^glue.Length].TrimEnd(' ', '-', '–', '—', '|', ',');
                }
            }
        }
        return title;
    }

    private static string? StripPrefix(string block, string prefix) =>
        block.Length > prefix.Length && block.StartsWith(prefix + " ", StringComparison.Ordinal)
            ? block[(prefix.Length + 1)..].TrimStart()
            : null;

    private static bool Same(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Each line's score pulled a little towards its neighbours'; the file's edges count as furniture.</summary>
    private static double[] Smooth(IReadOnlyList<double> scores)
    {
        var smoothed = new double[scores.Count];
        for (var i = 0; i < scores.Count; i++)
        {
            var before = i > 0 ? scores[i - 1] : EdgeNeighbourScore;
            var after = i + 1 < scores.Count ? scores[i + 1] : EdgeNeighbourScore;
            smoothed[i] = ((1 - (2 * NeighbourWeight)) * scores[i]) + (NeighbourWeight * (before + after));
        }
        return smoothed;
    }

    /// <summary>The contiguous run of lines with the largest total score (maximum subarray); [start, end).</summary>
    private static (int Start, int End) BestSpan(double[] scores)
    {
        var (bestStart, bestEnd, bestSum) = (0, 0, 0.0);
        var (start, sum) = (0, 0.0);
        for (var i = 0; i < scores.Length; i++)
        {
            if (sum <= 0)
            {
                (start, sum) = (i, 0.0);
            }
            sum += scores[i];
            if (sum > bestSum)
            {
                (bestStart, bestEnd, bestSum) = (start, i + 1, sum);
            }
        }
        return (bestStart, bestEnd);
    }

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private sealed record TitleLine(int Index, string Raw, string Clean);

    private sealed class FoundMetadata
    {
        public List<string> Authors { get; } = [];

        public List<string> Credits { get; } = [];

        public string? Origin { get; set; }

        public DateLine? Published { get; private set; }

        public DateLine? Updated { get; private set; }

        public void Add(DateLine date)
        {
            if (date.IsUpdate)
            {
                Updated ??= date;
            }
            else
            {
                Published ??= date;
            }
        }
    }
}
