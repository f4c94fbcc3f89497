namespace Nexus.Text.Models.Ner;

/// <summary>
/// BILOU encoding of entity spans over token classes: class 0 is Outside, and entity label k owns
/// classes Begin = 1 + 4k, Inside, Last, Unit. Also the transition constraints Viterbi enforces.
/// </summary>
internal static class BilouScheme
{
    public const int Outside = 0;
    private const int Begin = 0;
    private const int Inside = 1;
    private const int Last = 2;
    private const int Unit = 3;

    public static int ClassCount(int labels) => 1 + (4 * labels);

    public static int LabelOf(int cls) => (cls - 1) / 4;

    private static int Part(int cls) => (cls - 1) % 4;

    public static void Encode(IEnumerable<Corpora.EntityAnnotation> entities, IReadOnlyDictionary<string, int> labels, Span<int> classes)
    {
        classes.Fill(Outside);
        foreach (var entity in entities)
        {
            if (!labels.TryGetValue(entity.Label, out var k))
            {
                continue;
            }
            var baseClass = 1 + (4 * k);
            if (entity.End - entity.Start == 1)
            {
                classes[entity.Start] = baseClass + Unit;
                continue;
            }
            classes[entity.Start] = baseClass + Begin;
            for (var i = entity.Start + 1; i < entity.End - 1; i++)
            {
                classes[i] = baseClass + Inside;
            }
            classes[entity.End - 1] = baseClass + Last;
        }
    }

    /// <summary>Spans <c>(start, end, label index)</c> of a valid class sequence.</summary>
    public static List<(int Start, int End, int Label)> Decode(ReadOnlySpan<int> classes)
    {
        var spans = new List<(int, int, int)>();
        var start = -1;
        for (var i = 0; i < classes.Length; i++)
        {
            var cls = classes[i];
            if (cls == Outside)
            {
                start = -1;
                continue;
            }
            switch (Part(cls))
            {
                case Unit:
                    spans.Add((i, i + 1, LabelOf(cls)));
                    start = -1;
                    break;
                case Begin:
                    start = i;
                    break;
                case Last when start >= 0:
                    spans.Add((start, i + 1, LabelOf(cls)));
                    start = -1;
                    break;
                default:
                    break;
            }
        }
        return spans;
    }

    /// <summary>Whether class <paramref name="next"/> may follow <paramref name="previous"/> (-1 = sentence start).</summary>
    public static bool Allowed(int previous, int next)
    {
        var open = previous > 0 && Part(previous) is Begin or Inside;
        if (open)
        {
            return next > 0 && LabelOf(next) == LabelOf(previous) && Part(next) is Inside or Last;
        }
        return next == Outside || Part(next) is Begin or Unit;
    }

    /// <summary>Whether a sentence may end on class <paramref name="last"/>.</summary>
    public static bool CanEnd(int last) => last == Outside || Part(last) is Last or Unit;
}
