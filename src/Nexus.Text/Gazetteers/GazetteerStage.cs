using Nexus.Text.Mentions;
using Nexus.Text.Names;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Gazetteers;

/// <summary>
/// Mentions of names the reference lists know. Where several lists know a surface, the preferred
/// source decides type and canonical name, and the refs of every entry that agrees on the type are kept.
/// </summary>
public sealed class GazetteerStage(GazetteerMatcher matcher) : IPipelineStage
{
    /// <summary>Lists in order of trust for typing a surface: hand-curated entries fix what open lists get wrong.</summary>
    private static readonly string[] SourcePreference = ["curated", "un", "misp", "countries", "geonames"];

    public string Name => "gazetteer";

    public IReadOnlyCollection<Layer> Requires => [Layer.Tokens, Layer.Sentences];

    public IReadOnlyCollection<Layer> Produces => [Layer.Mentions];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var builder = new MentionBuilder(document);
        var mentions = document.Mentions.ToBuilder();
        foreach (var sentence in document.Sentences)
        {
            foreach (var match in matcher.Match(document.Tokens, sentence.FirstToken, sentence.EndToken))
            {
                // "To date, …", "To clarify: …": a place named "To" is not what a sentence opens with.
                if (match.EndToken - match.StartToken == 1 && Lexicon.CapitalisedFunctionWords.Contains(document.Tokens[match.StartToken].Text))
                {
                    continue;
                }
                var (best, refs, confidence) = match.Entries.Length == 1 ? Only(match.Entries[0]) : Preferred(match.Entries);
                mentions.Add(builder.Create(match.StartToken, match.EndToken, best.Type, best.Kind, Name, confidence, best.Canonical, refs));
            }
        }
        return document with { Mentions = mentions.ToImmutable() };
    }

    /// <summary>A surface one list entry knows (most do): the entry, its ref, the confidence of lists that agree.</summary>
    private static (GazetteerEntry Best, ImmutableArray<string> Refs, double Confidence) Only(GazetteerEntry entry) =>
        (entry, entry.Ref is { } only ? [only] : [], 0.9);

    /// <summary>The preferred of several entries (see <see cref="SourcePreference"/>), the refs of those that agree with it, and how far the lists agree.</summary>
    private static (GazetteerEntry Best, ImmutableArray<string> Refs, double Confidence) Preferred(ImmutableArray<GazetteerEntry> entries)
    {
        var best = entries
            .OrderBy(e => IsMainName(e) ? 0 : 1)
            .ThenBy(Rank)
            .ThenBy(e => e.Canonical, StringComparer.Ordinal)
            .First();
        // Only entries naming the same thing lend their refs: "ISI" the agency must not carry the
        // Islamic State's ids just because both are organisations.
        var refs = entries
            .Where(e => e.Type == best.Type && e.Ref is not null && string.Equals(e.Canonical, best.Canonical, StringComparison.Ordinal))
            .Select(e => e.Ref!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        var distinctThings = entries.Select(e => (e.Type, e.Canonical)).Distinct().Count();
        // A surface several lists read as different things is less certain than one they agree on.
        var confidence = distinctThings == 1 ? 0.9 : entries.All(e => e.Type == best.Type) ? 0.8 : 0.7;
        return (best, refs, confidence);
    }

    // "Pakistan" the country, not an agency that lists "Pakistan" among its synonyms.
    private static bool IsMainName(GazetteerEntry entry) =>
        string.Equals(entry.Surface, entry.Canonical, StringComparison.OrdinalIgnoreCase);

    private static int Rank(GazetteerEntry entry)
    {
        var index = Array.IndexOf(SourcePreference, entry.Source);
        return index < 0 ? SourcePreference.Length : index;
    }
}
