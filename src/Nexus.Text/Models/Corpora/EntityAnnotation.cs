namespace Nexus.Text.Models.Corpora;

/// <summary>An entity over the tokens <c>[Start, End)</c> of a sentence, with its model label (see <see cref="Ner.EntityLabels"/>).</summary>
public sealed record EntityAnnotation(int Start, int End, string Label)
{
    /// <summary>
    /// Flattens nested or overlapping gold to what a sequence labeller can produce: the longest
    /// span wins, ties go to the earlier one, and anything overlapping a kept span is dropped.
    /// </summary>
    public static ImmutableArray<EntityAnnotation> Flatten(IEnumerable<EntityAnnotation> entities)
    {
        var kept = new List<EntityAnnotation>();
        foreach (var entity in entities.OrderByDescending(e => e.End - e.Start).ThenBy(e => e.Start))
        {
            if (!kept.Any(k => k.Start < entity.End && entity.Start < k.End))
            {
                kept.Add(entity);
            }
        }
        return [.. kept.OrderBy(e => e.Start)];
    }
}
