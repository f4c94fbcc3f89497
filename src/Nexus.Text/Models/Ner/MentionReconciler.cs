namespace Nexus.Text.Models.Ner;

/// <summary>
/// Merges the NER model's mentions with those of the lists and rules into one flat list. The lists
/// know the type and reference ids of the names they hold, and the rules read the context of the
/// names they find; on this domain both are more precise than the model, whose training data also
/// tags determiners ("the Houthis") and whole noun phrases ("Baloch National Movement Chairman
/// Dr. Naseem Baloch"). The model's part is the names nobody else found. So:
/// <list type="bullet">
/// <item>same span: the list's or rule's mention, with the higher confidence and both sources ("gazetteer+model:ner");</item>
/// <item>a person's name of two or more words holding list places: the model's mention ("Philip Hammond" is
/// no town Hammond, "Secretary Kerry" no county Kerry);</item>
/// <item>any other overlap: the list's or rule's mention;</item>
/// <item>no overlap: the model's mention, without a leading article ("the Syrian Democratic Forces" → "Syrian Democratic Forces").</item>
/// </list>
/// Pure and thread-safe.
/// </summary>
public static class MentionReconciler
{
    private static readonly string[] Articles = ["the ", "The ", "a ", "A ", "an ", "An "];

    public static ImmutableArray<Mention> Reconcile(IEnumerable<Mention> mentions)
    {
        var all = mentions.ToList();
        var others = all.Where(m => m.Source != NerStage.Source).OrderBy(m => m.Span.Start).ToList();
        var starts = others.Select(o => o.Span.Start).ToArray();
        var result = new List<Mention>(others.Count);
        var confirmed = new Dictionary<Mention, Mention>(ReferenceEqualityComparer.Instance);
        var displaced = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        foreach (var model in all.Where(m => m.Source == NerStage.Source).Select(WithoutArticle))
        {
            var overlapping = Overlapping(others, starts, model.Span);
            if (overlapping.Count == 0)
            {
                result.Add(model);
            }
            else if (IsPersonHoldingPlaces(model, overlapping))
            {
                result.Add(model);
                displaced.UnionWith(overlapping);
            }
            else if (overlapping.FirstOrDefault(o => o.Span == model.Span) is { } same)
            {
                confirmed[same] = same with { Confidence = Math.Max(same.Confidence, model.Confidence), Source = same.Source + "+" + model.Source };
            }
        }
        result.AddRange(others.Where(o => !displaced.Contains(o)).Select(o => confirmed.GetValueOrDefault(o, o)));
        return [.. result.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.End)];
    }

    // Mentions are sorted by start; one that overlaps a span starts before the span's end.
    private static List<Mention> Overlapping(List<Mention> sorted, int[] starts, TextSpan span)
    {
        var found = new List<Mention>();
        var end = Array.BinarySearch(starts, span.End);
        end = end < 0 ? ~end : end;
        for (var i = end - 1; i >= 0 && i >= end - 64; i--)
        {
            if (sorted[i].Span.Overlaps(span))
            {
                found.Add(sorted[i]);
            }
        }
        return found;
    }

    private static bool IsPersonHoldingPlaces(Mention model, List<Mention> overlapping) =>
        model.Type == EntityType.Person && model.Text.Contains(' ', StringComparison.Ordinal)
        && overlapping.All(o => o.Type == EntityType.Location && o.Span.Length < model.Span.Length && model.Span.Start <= o.Span.Start && o.Span.End <= model.Span.End);

    /// <summary>The mention without a leading article ("the Syrian Democratic Forces" → "Syrian Democratic Forces").</summary>
    internal static Mention WithoutArticle(Mention mention)
    {
        foreach (var article in Articles)
        {
            if (mention.Text.Length > article.Length && mention.Text.StartsWith(article, StringComparison.Ordinal))
            {
                var span = new TextSpan(mention.Span.Start + article.Length, mention.Span.End);
                return mention with { Span = span, Text = mention.Text[article.Length..] };
            }
        }
        return mention;
    }
}
