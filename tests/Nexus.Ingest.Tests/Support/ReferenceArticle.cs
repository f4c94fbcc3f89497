namespace Nexus.Ingest.Tests.Support;

/// <summary>
/// The reference article split, at test time, into its parts so that tests can dress the same body in
/// other chrome. The repository holds none of its text.
/// </summary>
public sealed record ReferenceArticle(
    string Raw,
    string PublishedLine,
    string TitleLine,
    string CaptionLine,
    IReadOnlyList<string> Body,
    string BylineLine,
    string SourceLine,
    IReadOnlyList<string> Trailer)
{
    public const string Title = "The Islamic State Khorasan Province (ISKP)-Lashkar-e-Taiba (LeT) Nexus Under Pakistan's Patronage";
    public const string Author = "Anna Mahjar-Barducci";

    /// <summary>The caption as it should come out: no glued title and author, no "(Source: Wion)".</summary>
    public string Caption => CaptionLine[(TitleLine.Length + 1)..].Replace("(Source: Wion)", "", StringComparison.Ordinal).Trim();

    public static ReferenceArticle Load()
    {
        var raw = File.ReadAllText(RepoPaths.ReferenceArticle);
        var lines = raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var byline = lines.FindIndex(l => l.StartsWith("Written by", StringComparison.Ordinal));
        var source = lines.FindIndex(l => l.StartsWith(">>", StringComparison.Ordinal));
        return new ReferenceArticle(raw, lines[0], lines[1], lines[2], lines[3..byline], lines[byline], lines[source], lines[(source + 1)..]);
    }
}
