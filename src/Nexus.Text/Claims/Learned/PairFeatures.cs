using Nexus.Text.Models.Features;

namespace Nexus.Text.Claims.Learned;

/// <summary>
/// What the learned relation reader sees of two mentions of one sentence, the first before the second: their
/// types and kinds and head words, the words between them (as a bag, as a string when short, the first and the
/// last), the words around them, the mentions between, whether they stand in a list, the dependency path between
/// their heads (relations, with and without the words on it, the word that joins them, each head's relation and
/// case marker) and what the hand-written patterns read between them. Words are lower-cased and crudely stemmed
/// ("attacked", "attacks" → "attack"), numbers folded to "#".
/// </summary>
internal static class PairFeatures
{
    // Beyond this many tokens apart, words between are no evidence of one relation.
    private const int MaxBetween = 20;

    /// <summary>The hashed features of the pair.</summary>
    public static ulong[] Of(SentenceView view, ParseTree tree, Mention first, Mention second, IReadOnlyList<RelationCandidate> patterns)
    {
        var described = Describe(view, tree, first, second, patterns);
        var keys = new ulong[described.Count];
        for (var f = 0; f < keys.Length; f++)
        {
            keys[f] = FeatureHash.Key(FeatureHash.Text(described[f]));
        }
        return keys;
    }

    /// <summary>The features of the pair as text ("t=ORG-LOC", "bs=in"), for training and inspection.</summary>
    public static List<string> Describe(SentenceView view, ParseTree tree, Mention first, Mention second, IReadOnlyList<RelationCandidate> patterns)
    {
        var (s1, e1) = view.RangeOf(first);
        var (s2, e2) = view.RangeOf(second);
        var types = TypeOf(first) + "-" + TypeOf(second);
        var gap = Math.Max(0, s2 - e1);
        var features = new List<string>(64)
        {
            "bias", "t=" + types, "d=" + Bucket(gap) + "|" + types,
            "k1=" + (first.Kind?.ToString() ?? TypeOf(first)), "k2=" + (second.Kind?.ToString() ?? TypeOf(second)),
            "b1=" + Word(view, s1 - 1), "b2=" + Word(view, s1 - 2) + " " + Word(view, s1 - 1),
            "a1=" + Word(view, e2), "a2=" + Word(view, e2) + " " + Word(view, e2 + 1),
        };
        var head1 = Head(tree, s1, e1);
        var head2 = Head(tree, s2, e2);
        features.Add("h1=" + Word(view, head1));
        features.Add("h2=" + Word(view, head2));
        features.Add("hh=" + Word(view, head1) + "|" + Word(view, head2));
        Between(view, first, second, e1, s2, types, features);
        if (tree.IsParsed)
        {
            Path(view, tree, head1, head2, (s1, e1), (s2, e2), types, features);
        }
        foreach (var pattern in patterns)
        {
            if (Direction(pattern, first, second) is { } direction)
            {
                var read = Evaluation.Re3dRelationTypes.Of(pattern.Predicate) ?? pattern.Predicate.ToString();
                features.Add("pat=" + read + direction);
                features.Add("pat");
            }
        }
        return features;
    }

    // The words between the two mentions: a bag, the string when short (other mentions as their types), the first
    // and last, how many mentions stand between and of what types, and whether the two are items of one list.
    private static void Between(SentenceView view, Mention first, Mention second, int from, int to, string types, List<string> features)
    {
        var collapsed = new List<string>();
        var mentions = 0;
        var list = to > from;
        for (var k = from; k < to; k++)
        {
            if (view.MentionAt(k) is { } inside && inside != first && inside != second)
            {
                var type = TypeOf(inside);
                collapsed.Add("<" + type + ">");
                features.Add("mbt=" + type);
                mentions++;
                k = view.RangeOf(inside).End - 1;
                continue;
            }
            var word = Word(view, k);
            collapsed.Add(word);
            list &= word is "," or "and" or "or" or "the" or "as" or "well";
            if (to - from <= MaxBetween)
            {
                features.Add("bw=" + word);
                foreach (var cls in view.TriggerClasses(k))
                {
                    features.Add("bc=" + cls);
                    features.Add("bct=" + cls + "|" + types);
                }
            }
        }
        features.Add("mb=" + Math.Min(mentions, 3));
        if (collapsed.Count <= 6)
        {
            var text = string.Join(' ', collapsed);
            features.Add("bs=" + text);
            features.Add("bst=" + text + "|" + types);
        }
        if (collapsed.Count > 0)
        {
            features.Add("bf=" + collapsed[0]);
            features.Add("bl=" + collapsed[^1]);
        }
        if (list)
        {
            features.Add("list|" + types);
        }
    }

    // The dependency path from one head up to their lowest common ancestor and down to the other.
    private static void Path(SentenceView view, ParseTree tree, int head1, int head2, (int Start, int End) range1, (int Start, int End) range2, string types, List<string> features)
    {
        var up1 = tree.Ancestors(head1);
        var up2 = tree.Ancestors(head2);
        var common = tree.CommonAncestor(head1, head2);
        features.Add("r1=" + tree.Relation(head1) + "|" + tree.Case(head1));
        features.Add("r2=" + tree.Relation(head2) + "|" + tree.Case(head2));
        features.Add("rr=" + tree.BaseRelation(head1) + "|" + tree.BaseRelation(head2) + "|" + types);
        if (common < 0)
        {
            features.Add("nopath");
            return;
        }
        var rise = up1.TakeWhile(t => t != common).Select(t => tree.Relation(t) + "↑").ToList();
        var fall = up2.TakeWhile(t => t != common).Select(t => tree.Relation(t) + "↓").Reverse().ToList();
        var inside = common >= range1.Start && common < range1.End ? "first" : common >= range2.Start && common < range2.End ? "second" : null;
        var joint = inside ?? Word(view, common);
        var (riseText, fallText) = (string.Join(' ', rise), string.Join(' ', fall));
        var shape = riseText + " " + (inside ?? tree.Tag(common)) + " " + fallText;
        features.Add("p=" + shape);
        features.Add("pt=" + shape + "|" + types);
        features.Add("pl=" + riseText + " " + joint + " " + fallText);
        features.Add("pn=" + Math.Min(rise.Count + fall.Count, 6));
        features.Add("j=" + joint);
        features.Add("jt=" + joint + "|" + types);
        foreach (var cls in inside is null ? view.TriggerClasses(common) : [])
        {
            features.Add("jcl=" + cls + "|" + types);
            features.Add("pcl=" + riseText + " " + cls + " " + fallText);
        }
        foreach (var k in up1.TakeWhile(t => t != common).Skip(1).Concat(up2.TakeWhile(t => t != common).Skip(1)))
        {
            if (!(k >= range1.Start && k < range1.End || k >= range2.Start && k < range2.End))
            {
                features.Add("pw=" + Word(view, k));
            }
        }
        if (inside is null && tree.Children(common).FirstOrDefault(c => tree.Relation(c) == "case", -1) is var marker and >= 0)
        {
            features.Add("jc=" + view.Lower(marker));
        }
    }

    /// <summary>The token of a mention whose head lies outside it (its last token when unparsed).</summary>
    public static int Head(ParseTree tree, int start, int end)
    {
        if (tree.IsParsed)
        {
            for (var k = start; k < end; k++)
            {
                var head = tree.Head(k);
                if (head < start || head >= end)
                {
                    return k;
                }
            }
        }
        return end - 1;
    }

    /// <summary>"&gt;" when the pattern links the pair with the first mention as subject, "&lt;" the other way, null when it links other entities.</summary>
    public static string? Direction(RelationCandidate pattern, Mention first, Mention second)
    {
        if (pattern.Object is null)
        {
            return null;
        }
        if (Same(pattern.Subject, first) && Same(pattern.Object, second))
        {
            return ">";
        }
        return Same(pattern.Subject, second) && Same(pattern.Object, first) ? "<" : null;
    }

    private static bool Same(Mention a, Mention b) => a == b || a.EntityKey is not null && a.EntityKey == b.EntityKey;

    private static string TypeOf(Mention mention) => mention.Type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location when mention.Kind == EntityKind.Country => "GPE",
        EntityType.Location => "LOC",
        var other => other.ToString(),
    };

    private static string Bucket(int gap) => gap switch
    {
        <= 3 => gap.ToString(System.Globalization.CultureInfo.InvariantCulture),
        <= 5 => "4-5",
        <= 8 => "6-8",
        <= 12 => "9-12",
        <= 20 => "13-20",
        _ => "far",
    };

    // The token's word, lower-cased, numbers folded and crudely stemmed; "" outside the sentence.
    private static string Word(SentenceView view, int i)
    {
        var word = view.Lower(i);
        if (word.Length == 0)
        {
            return "";
        }
        if (char.IsDigit(word[0]))
        {
            return "#";
        }
        foreach (var suffix in (ReadOnlySpan<string>)["ing", "ed", "es", "s"])
        {
            if (word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }
        return word;
    }
}
