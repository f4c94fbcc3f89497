namespace Nexus.Text.Claims.Learned;

/// <summary>
/// The learned relation reader: every pair of actors and places named in a sentence is scored by the
/// <see cref="RelationModel"/>, and a relation class at or above its threshold becomes a candidate with the
/// predicate that fits the pair's types (<see cref="RelationLabels.Reading"/>). It only adds: a pair a
/// hand-written pattern already links is left to the pattern, which names the precise predicate (attacked
/// rather than hostile_to, sponsors rather than allied_with), the role, the place and the trigger word, and is
/// right more often. Its trigger is the word the dependency path joins the two at (the verb or noun between
/// them), so attribution, negation and time attach as for any pattern.
/// </summary>
internal static class LearnedRelations
{
    /// <summary>The pattern name learned claims carry (<see cref="Claim.Pattern"/>).</summary>
    public const string Pattern = "learned:relations";

    private const int MaxPlaceGap = 4;

    // Words between two places that put the first beside the second, not in it.
    private static readonly FrozenSet<string> OutsideWords = new[]
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outside", "from", "to", "toward", "towards",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IEnumerable<RelationCandidate> Read(SentenceView view, ParseTree tree, RelationModel model, IReadOnlyList<RelationCandidate> patterns)
    {
        var arguments = Arguments(view);
        for (var a = 0; a < arguments.Count; a++)
        {
            for (var b = a + 1; b < arguments.Count; b++)
            {
                var (first, second) = (arguments[a], arguments[b]);
                if (first.EntityKey is null || second.EntityKey is null || first.EntityKey == second.EntityKey
                    || patterns.Any(p => PairFeatures.Direction(p, first, second) is not null))
                {
                    continue;
                }
                var probabilities = model.Probabilities(PairFeatures.Of(view, tree, first, second, patterns));
                for (var label = 1; label < probabilities.Length; label++)
                {
                    if (probabilities[label] < model.Threshold)
                    {
                        continue;
                    }
                    var (type, forward) = RelationLabels.Parse(label);
                    var (source, target) = forward ? (first, second) : (second, first);
                    if (RelationLabels.Reading(type, source, target) is { } reading
                        && (!SentenceView.IsPlace(reading.Subject) || Contains(view, first, second))
                        && !TakenByPattern(patterns, reading.Predicate, reading.Object))
                    {
                        yield return new RelationCandidate
                        {
                            Subject = reading.Subject, Predicate = reading.Predicate, Object = reading.Object,
                            Trigger = Trigger(view, tree, first, second), Confidence = Math.Round(probabilities[label], 2), Pattern = Pattern,
                        };
                    }
                }
            }
        }
    }

    // "The Haqqani network, which Washington says is backed by the ISI, attacked Kabul": a pattern already found who
    // attacked, killed or arrested the object, so another actor of the sentence doing the same to it is the reader
    // straying across clauses. States (hostile_to, operates_in) are shared by many and stay open.
    private static bool TakenByPattern(IReadOnlyList<RelationCandidate> patterns, Predicate predicate, Mention? obj) =>
        obj is not null && predicate is Predicate.Attacked or Predicate.Killed or Predicate.Arrested or Predicate.Detained
        && patterns.Any(p => p.Predicate == predicate && p.Object?.EntityKey == obj.EntityKey);

    /// <summary>The mentions a learned relation may link: people, organisations and places, in sentence order.</summary>
    public static List<Mention> Arguments(SentenceView view) =>
        [.. view.Mentions().Select(m => m.Mention).Where(m => m.Type is EntityType.Person or EntityType.Organization or EntityType.Location)];

    // A place inside a place is written next to it ("Mosul, Iraq", "Jabla in the province of Latakia"); places in a
    // list ("destabilize Balochistan and Afghanistan", "destroyed three caches, two bridges") or in different clauses
    // are neighbours at most, and "the city south of Baghdad" or "outside Mosul" is not in it.
    private static bool Contains(SentenceView view, Mention first, Mention second)
    {
        var (from, to) = (view.RangeOf(first).End, view.RangeOf(second).Start);
        var between = Enumerable.Range(from, Math.Max(0, to - from)).Select(view.Lower).ToList();
        return to - from <= MaxPlaceGap && !between.Any(w => w is "and" or "or" or "&" || OutsideWords.Contains(w))
            && (!between.Contains(",") || char.IsUpper(second.Text[0]));
    }

    // The word that joins the pair in the parse when it stands outside both mentions, else the first word between them.
    private static (int, int) Trigger(SentenceView view, ParseTree tree, Mention first, Mention second)
    {
        var (s1, e1) = view.RangeOf(first);
        var (s2, e2) = view.RangeOf(second);
        if (tree.IsParsed && tree.CommonAncestor(PairFeatures.Head(tree, s1, e1), PairFeatures.Head(tree, s2, e2)) is var joint and >= 0
            && !(joint >= s1 && joint < e1) && !(joint >= s2 && joint < e2))
        {
            return (joint, joint + 1);
        }
        var at = s2 > e1 ? e1 : s2;
        return (at, at + 1);
    }
}
