using Nexus.Text.Mentions;
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
                var best = match.Entries.OrderBy(Rank).ThenBy(e => e.Canonical, StringComparer.Ordinal).First();
                var refs = match.Entries
                    .Where(e => e.Type == best.Type && e.Ref is not null)
                    .Select(e => e.Ref!)
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToImmutableArray();
                // A surface several lists type differently is less certain than one they agree on.
                var confidence = match.Entries.All(e => e.Type == best.Type) ? 0.9 : 0.7;
                mentions.Add(builder.Create(match.StartToken, match.EndToken, best.Type, best.Kind, Name, confidence, best.Canonical, refs));
            }
        }
        return document with { Mentions = mentions.ToImmutable() };
    }

    private static int Rank(GazetteerEntry entry)
    {
        var index = Array.IndexOf(SourcePreference, entry.Source);
        return index < 0 ? SourcePreference.Length : index;
    }
}
