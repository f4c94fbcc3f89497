namespace Nexus.Ingest.Cleaning;

/// <summary>
/// How much a line looks like article prose (positive) rather than site furniture (negative).
/// A hand-set linear rule over <see cref="LineFeatures"/>; the weights and the reasoning behind them
/// are documented in README.md (in this project).
/// </summary>
internal static class BlockScorer
{
    public static double Score(LineFeatures f)
    {
        var score = -1.0;
        score += 2.5 * Math.Min(f.Words, 25) / 25.0;
        score += f.EndsSentence ? 1.0 : 0.0;
        score += 0.5 * Math.Min(f.InnerSentences, 2);
        score += f.Words >= 3 ? f.LowercaseRatio : 0.0;
        score -= 3.0 * f.LinkWordRatio;
        score -= 1.0 * Math.Min(f.Separators, 2);
        score -= 1.5 * Math.Min(f.ChromePhrases, 2);
        score -= f.StartsWithLinkCue ? 1.5 : 0.0;
        score -= f.Words <= 3 && !f.EndsSentence ? 1.0 : 0.0;
        return score;
    }

    /// <summary>
    /// Furniture so plain it is cut even inside the body (an "Advertisement" or "Share this article"
    /// line between paragraphs); a short heading or quote without menu words is never cut here.
    /// </summary>
    public static bool IsStrongChrome(LineFeatures f, double score) =>
        score < -1.5
        && (f.LinkWordRatio >= 0.5 || f.StartsWithLinkCue || f.ChromePhrases > 0 || f.Separators >= 2);

    /// <summary>A line that could be a headline: a few words, not a finished sentence, no menu traits.</summary>
    public static bool IsHeadingLike(LineFeatures f, string line) =>
        f.Words is >= 3 and <= 30
        && (!f.EndsSentence || line.TrimEnd().EndsWith('?'))
        && f.LinkWordRatio < 0.34
        && f.Separators == 0
        && f.ChromePhrases == 0
        && !f.StartsWithLinkCue;
}
