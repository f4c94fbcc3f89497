namespace Nexus.Text.Models.Ner;

/// <summary>
/// Merges the NER model's mentions with those of gazetteers and rules into one flat list. The model
/// is good at boundaries of names it never saw; a gazetteer knows the type and reference ids of the
/// names it lists. So:
/// <list type="bullet">
/// <item>same span: one mention with the gazetteer's type, canonical name and refs, the higher confidence, and both sources ("gazetteer+model:ner");</item>
/// <item>a gazetteer mention inside a longer model mention of the same type ("Baghdad" in "the Karrada district of Baghdad"): the model's span, the gazetteer's refs only when it covers the name alone;</item>
/// <item>a model mention inside a longer gazetteer mention: the gazetteer's;</item>
/// <item>any other overlap: the more confident one;</item>
/// <item>no overlap: kept as is.</item>
/// </list>
/// Pure and thread-safe.
/// </summary>
public static class MentionReconciler
{
    public static ImmutableArray<Mention> Reconcile(IEnumerable<Mention> mentions)
    {
        var all = mentions.ToList();
        var model = all.Where(m => m.Source == NerStage.Source).ToList();
        var others = all.Where(m => m.Source != NerStage.Source).ToList();
        var result = new List<Mention>();
        var usedOthers = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        foreach (var m in model)
        {
            var overlapping = others.Where(o => o.Span.Overlaps(m.Span)).ToList();
            if (overlapping.Count == 0)
            {
                result.Add(m);
                continue;
            }
            if (overlapping.FirstOrDefault(o => o.Span == m.Span) is { } same)
            {
                usedOthers.Add(same);
                result.Add(same with { Confidence = Math.Max(same.Confidence, m.Confidence), Source = same.Source + "+" + m.Source });
                continue;
            }
            if (overlapping.Any(o => o.Span.Contains(m.Span)))
            {
                continue;
            }
            var inside = overlapping.Where(o => m.Span.Contains(o.Span)).ToList();
            if (inside.Count == overlapping.Count && inside.All(o => o.Type == m.Type))
            {
                usedOthers.UnionWith(inside);
                result.Add(m);
                continue;
            }
            if (overlapping.All(o => o.Confidence < m.Confidence))
            {
                usedOthers.UnionWith(overlapping);
                result.Add(m);
            }
        }
        result.AddRange(others.Where(o => !usedOthers.Contains(o)));
        return [.. result.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.End)];
    }
}
