namespace Nexus.Analysis.Tests.Support;

/// <summary>
/// The reference article and three republications of it, built at test time from ../shared: other
/// sites' chrome, and texts that differ a little as real copies do (another headline and a standfirst,
/// a dropped sentence and no caption, an added sentence), so that each is a document of its own.
/// </summary>
public static class Republications
{
    public const string OriginalPublisher = "The Asian Age";

    /// <summary>The files to write, with the publisher each is ingested under.</summary>
    public static IReadOnlyList<(string FileName, string Publisher, string Content)> Build()
    {
        var raw = File.ReadAllText(RepoPaths.ReferenceArticle);
        var lines = raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var byline = lines.FindIndex(l => l.StartsWith("Written by", StringComparison.Ordinal));
        var source = lines.FindIndex(l => l.StartsWith(">>", StringComparison.Ordinal));
        var (published, title, caption) = (lines[0], lines[1], lines[2]);
        var body = lines[3..byline];
        var (author, origin) = (lines[byline], lines[source]);
        var dropped = body.Select(p => p.Contains("Reflecting on these revelations", StringComparison.Ordinal)
            ? p[..p.IndexOf("Reflecting on these revelations", StringComparison.Ordinal)].TrimEnd()
            : p).ToList();
        var added = body.Select((p, i) => i == 1 ? p + " Pakistan's foreign ministry has dismissed the dossier as propaganda." : p).ToList();
        return
        [
            ("iskp-let-nexus.txt", OriginalPublisher, raw),
            ("frontier-ledger.txt", "The Frontier Ledger", Lines(
                ["The Frontier Ledger", "Home | World | South Asia | Security", published,
                 "Pakistan's Patronage Binds ISKP and Lashkar-e-Taiba, Dossier Says",
                 "A classified Indian dossier describes a covert partnership between two militant groups.",
                 .. body, author, origin, "Share this article", "© 2026 The Frontier Ledger. All rights reserved."])),
            ("kabul-monitor.txt", "Kabul Monitor", Lines(
                ["Kabul Monitor | Analysis", published, title, .. dropped, author, "Subscribe to our newsletter"])),
            ("south-asia-wire.txt", "South Asia Wire", Lines(
                ["South Asia Wire", "Latest | Region | Opinion", "Published: 1 March 2026", title, caption, .. added, author, origin,
                 "Related: Kabul hosts security talks"])),
        ];
    }

    /// <summary>An article written for the repository about the same actors, from another source.</summary>
    public static string IndependentArticle => Path.Combine(RepoPaths.Root, "examples", "iskp-let-recruiters.txt");

    private static string Lines(IEnumerable<string> lines) => string.Join("\n\n", lines) + "\n";
}
