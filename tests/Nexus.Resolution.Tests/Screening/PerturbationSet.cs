using Nexus.Resolution.Names;
using Nexus.Resolution.ReferenceData;

namespace Nexus.Resolution.Tests.Screening;

/// <summary>
/// A screening test set built from the UN list itself: each record's name or one of its Latin
/// aliases, perturbed one way (transliteration variant, typo, word order, dropped connectors), with
/// the record as the expected answer; and negatives made by joining a given name of one listed
/// person to the family name of another (when no listed name has the same phonetic keys in any order).
/// Deterministic: fixed seed, records in ref order.
/// </summary>
public static class PerturbationSet
{
    public sealed record Query(string Text, string? Expected, string Perturbation);

    private static readonly (string From, string To)[] Variants =
    [
        ("Mohammad", "Muhammad"), ("Muhammad", "Mohammed"), ("Mohammed", "Mohamed"), ("Mohamed", "Mohammad"),
        ("Abdul ", "Abd al-"), ("Abd al-", "Abdul "), ("Sheikh", "Shaykh"), ("Shaykh", "Sheikh"),
        ("ee", "i"), ("oo", "u"), ("ou", "u"), ("-e-", "-i-"), ("-i-", "-e-"), ("-ud-", "-ul-"), ("al-", "el-"),
        ("Qa", "Ka"), ("q", "k"), ("y", "i"), ("ah ", "a "), ("i", "ee"), ("u", "oo"),
        ("ss", "s"), ("mm", "m"), ("dd", "d"), ("ll", "l"), ("Dawa", "Dawah"), ("Jaish", "Jaysh"),
    ];

    public static IReadOnlyList<Query> Build(IEnumerable<ReferenceRecord> unRecords, int seed = 20240926)
    {
        var random = new Random(seed);
        var records = unRecords.Where(r => r.List == "un").OrderBy(r => r.Ref, StringComparer.Ordinal).ToList();
        var queries = new List<Query>();
        foreach (var record in records)
        {
            var names = record.AllNames.Where(Usable).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count == 0)
            {
                continue;
            }
            foreach (var kind in new[] { random.Next(4), random.Next(4) })
            {
                var name = names[random.Next(names.Count)];
                var (text, label) = Perturb(name, kind, random);
                queries.Add(new Query(text, record.Ref, label));
            }
        }

        var keys = records.SelectMany(r => r.AllNames).Select(SortedKey).ToHashSet(StringComparer.Ordinal);
        var people = records.Where(r => r.Type == EntityType.Person)
            .Select(r => r.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length >= 2).ToList();
        var negatives = 0;
        while (negatives < 1000)
        {
            var a = people[random.Next(people.Count)];
            var b = people[random.Next(people.Count)];
            var text = a[0] + " " + b[^1];
            if (ReferenceEquals(a, b) || keys.Contains(SortedKey(text)))
            {
                continue;
            }
            queries.Add(new Query(text, null, "negative"));
            negatives++;
        }
        return queries;
    }

    /// <summary>The name's phonetic keys in sorted order: "Gul Mohammad" and "Mohammed Gul" are the same name to a screener.</summary>
    private static string SortedKey(string name) =>
        string.Join(' ', NameNormalizer.Normalize(name).Core.Select(t => t.Key).Order(StringComparer.Ordinal));

    private static bool Usable(string name)
    {
        var n = NameNormalizer.Normalize(name);
        return n.Significant.Count(t => t.Kind == NameTokenKind.Name && t.Text.Length > 1) >= 2 && name.All(c => c < '\u0250' || c is '‘' or '’');
    }

    private static (string Text, string Label) Perturb(string name, int kind, Random random)
    {
        switch (kind)
        {
            case 0:
                var applicable = Variants.Where(v => name.Contains(v.From, StringComparison.Ordinal)).ToList();
                if (applicable.Count > 0)
                {
                    var (from, to) = applicable[random.Next(applicable.Count)];
                    var at = name.IndexOf(from, StringComparison.Ordinal);
                    return (string.Concat(name.AsSpan(0, at), to, name.AsSpan(at + from.Length)), "transliteration");
                }
                goto case 1;
            case 1:
                return (Typo(name, random), "typo");
            case 2:
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 2)
                {
                    return (string.Join(' ', words.Skip(1).Append(words[0])), "word order");
                }
                goto case 1;
            default:
                var dropped = string.Join(' ', name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
                    .Where(w => !NameNormalizer.Normalize(w).Significant.IsEmpty));
                return dropped != name ? (dropped, "dropped connectors") : (Typo(name, random), "typo");
        }
    }

    /// <summary>One substitution, deletion, insertion or transposition inside a word of five letters or more, never its first letter.</summary>
    private static string Typo(string name, Random random)
    {
        var words = name.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)).ToList();
        if (candidates.Count == 0)
        {
            return name;
        }
        var w = candidates[random.Next(candidates.Count)];
        var word = words[w].ToCharArray().ToList();
        var at = 1 + random.Next(word.Count - 2);
        var letter = (char)('a' + random.Next(26));
        switch (random.Next(4))
        {
            case 0: word[at] = letter; break;
            case 1: word.RemoveAt(at); break;
            case 2: word.Insert(at, letter); break;
            default: (word[at], word[at + 1]) = (word[at + 1], word[at]); break;
        }
        words[w] = new string([.. word]);
        return string.Join(' ', words);
    }
}
