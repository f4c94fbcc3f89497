using Nexus.Text.Pipeline;

namespace Nexus.Text.Mentions;

/// <summary>
/// Turns the candidate mentions of every earlier stage into one non-overlapping layer: the longer
/// span wins ("Naseem Baloch" over the ethnonym "Baloch", "Afghan forces" over "Afghan"); on equal
/// spans, a mention a list knows beats a rule's guess, and the candidates' refs are pooled. A UN report's unnamed
/// "Member State" is no name, whatever a stage read it as: it holds statements but is no node of the graph.
/// </summary>
public sealed class MentionSelectionStage : IPipelineStage
{
    public string Name => "mention-selection";

    public IReadOnlyCollection<Layer> Requires => [Layer.Mentions];

    public IReadOnlyCollection<Layer> Produces => [Layer.Mentions];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var chosen = new List<Mention>();
        var bySpan = document.Mentions.Where(m => !IsUnnamedState(m)).GroupBy(m => m.Span)
            .Select(Combine)
            .OrderByDescending(m => m.Span.Length)
            .ThenByDescending(m => m.Refs.Length > 0)
            .ThenByDescending(m => m.Confidence)
            .ThenBy(m => m.Span.Start);
        foreach (var candidate in bySpan)
        {
            if (!chosen.Any(c => c.Span.Overlaps(candidate.Span)))
            {
                chosen.Add(candidate);
            }
        }
        return document with { Mentions = [.. chosen.OrderBy(m => m.Span.Start)] };
    }

    // "One Member State reported …", "Several Member States noted …".
    private static bool IsUnnamedState(Mention mention) =>
        mention.Text.EndsWith("Member State", StringComparison.Ordinal) || mention.Text.EndsWith("Member States", StringComparison.Ordinal);

    // Several stages found the same span: keep the best typed one and pool what the others knew.
    private static Mention Combine(IGrouping<TextSpan, Mention> same)
    {
        var best = same.OrderByDescending(m => m.Refs.Length > 0).ThenByDescending(m => m.Confidence).First();
        var agreeing = same.Where(m => m.Type == best.Type).ToList();
        return best with
        {
            Refs = [.. agreeing.SelectMany(m => m.Refs).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Canonical = best.Canonical ?? agreeing.Select(m => m.Canonical).FirstOrDefault(c => c is not null),
            Kind = best.Kind ?? agreeing.Select(m => m.Kind).FirstOrDefault(k => k is not null),
            Confidence = Math.Min(0.99, best.Confidence + 0.05 * (agreeing.Count - 1)),
        };
    }
}
