using System.Text;

namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>
/// How often each candidate surface occurs in two English corpora at hand (UD English EWT: web text;
/// GMB: Voice of America news), compared word by word with punctuation dropped: in any case, in
/// lower case (used as an ordinary word or phrase), and in exactly the surface's case; for one-word
/// surfaces also how the corpora's part-of-speech tags read it where it stands alone, capitalised
/// (an adjective, "Saudi officials", or a proper noun, "talks in Turkey").
/// </summary>
internal sealed class CorpusCounts
{
    private readonly Dictionary<string, SurfaceCount> counts;

    private CorpusCounts(Dictionary<string, SurfaceCount> counts, long tokens)
    {
        this.counts = counts;
        Tokens = tokens;
    }

    /// <summary>Word tokens read from both corpora.</summary>
    public long Tokens { get; }

    /// <summary>The counts of one surface (zero when it never occurs or was not asked for).</summary>
    public SurfaceCount Of(string surface) => counts.TryGetValue(surface, out var c) ? c : new SurfaceCount(0, 0, 0);

    /// <summary>Counts for the given surfaces (and their single words) over the corpora under <paramref name="dataDir"/>.</summary>
    public static CorpusCounts Count(string dataDir, IEnumerable<string> surfaces)
    {
        var targets = new Dictionary<string, List<(string Surface, string[] Words)>>(StringComparer.Ordinal);
        var counts = new Dictionary<string, SurfaceCount>(StringComparer.Ordinal);
        foreach (var surface in surfaces.Distinct(StringComparer.Ordinal))
        {
            var words = Words(surface);
            if (words.Length == 0)
            {
                continue;
            }
            var first = words[0].ToLowerInvariant();
            if (!targets.TryGetValue(first, out var list))
            {
                targets[first] = list = [];
            }
            list.Add((surface, words));
            counts[surface] = new SurfaceCount(0, 0, 0);
        }

        long tokens = 0;
        foreach (var sentence in Sentences(dataDir))
        {
            tokens += sentence.Count;
            for (var i = 0; i < sentence.Count; i++)
            {
                if (!targets.TryGetValue(sentence[i].Text.ToLowerInvariant(), out var candidates))
                {
                    continue;
                }
                foreach (var (surface, words) in candidates)
                {
                    if (i + words.Length > sentence.Count)
                    {
                        continue;
                    }
                    bool any = true, lower = true, exact = true;
                    for (var k = 0; k < words.Length && any; k++)
                    {
                        var w = sentence[i + k].Text;
                        any = string.Equals(w, words[k], StringComparison.OrdinalIgnoreCase);
                        exact &= string.Equals(w, words[k], StringComparison.Ordinal);
                        lower &= w.All(c => !char.IsUpper(c));
                    }
                    if (any)
                    {
                        var c = counts[surface];
                        var alone = exact && words.Length == 1 && Alone(sentence, i) ? sentence[i].Tag : WordTag.Other;
                        counts[surface] = new SurfaceCount(c.Any + 1, c.Lower + (lower ? 1 : 0), c.Exact + (exact ? 1 : 0),
                            c.Adjective + (alone == WordTag.Adjective ? 1 : 0), c.ProperNoun + (alone == WordTag.ProperNoun ? 1 : 0));
                    }
                }
            }
        }
        return new CorpusCounts(counts, tokens);
    }

    /// <summary>A capitalised word inside the sentence with no capitalised word beside it: not a sentence's first word, not part of a longer name.</summary>
    private static bool Alone(List<(string Text, WordTag Tag)> sentence, int i) =>
        i > 0 && char.IsUpper(sentence[i].Text[0])
        && !char.IsUpper(sentence[i - 1].Text[0])
        && (i + 1 == sentence.Count || !char.IsUpper(sentence[i + 1].Text[0]));

    /// <summary>The words of a surface: letters and digits, split at spaces and punctuation, case kept.</summary>
    public static string[] Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (c is not ('\'' or '’') && sb.Length > 0)
            {
                words.Add(sb.ToString());
                sb.Clear();
            }
        }
        if (sb.Length > 0)
        {
            words.Add(sb.ToString());
        }
        return [.. words];
    }

    /// <summary>The corpora's sentences as words with their tags; a token that splits into several words tags none of them.</summary>
    private static IEnumerable<List<(string Text, WordTag Tag)>> Sentences(string dataDir)
    {
        var ewt = Path.Combine(dataDir, "ud-english-ewt");
        foreach (var file in Directory.GetFiles(ewt, "*.conllu").Order(StringComparer.Ordinal))
        {
            var sentence = new List<(string, WordTag)>();
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0)
                {
                    yield return sentence;
                    sentence = [];
                }
                else if (line[0] != '#')
                {
                    var f = line.Split('\t', 5);
                    if (!f[0].Contains('-', StringComparison.Ordinal) && !f[0].Contains('.', StringComparison.Ordinal))
                    {
                        Add(sentence, f[1], f[3] switch { "ADJ" => WordTag.Adjective, "PROPN" => WordTag.ProperNoun, _ => WordTag.Other });
                    }
                }
            }
        }

        var gmb = new List<(string, WordTag)>();
        foreach (var line in File.ReadLines(Path.Combine(dataDir, "gmb", "ner_dataset.csv")).Skip(1))
        {
            if (line.StartsWith("Sentence:", StringComparison.Ordinal) && gmb.Count > 0)
            {
                yield return gmb;
                gmb = [];
            }
            var (word, tag) = GmbWord(line);
            Add(gmb, word, tag.StartsWith("JJ", StringComparison.Ordinal) ? WordTag.Adjective : tag.StartsWith("NNP", StringComparison.Ordinal) ? WordTag.ProperNoun : WordTag.Other);
        }
        yield return gmb;
    }

    private static void Add(List<(string, WordTag)> sentence, string token, WordTag tag)
    {
        var words = Words(token);
        foreach (var w in words)
        {
            sentence.Add((w, words.Length == 1 ? tag : WordTag.Other));
        }
    }

    /// <summary>The word and POS fields of a GMB row ("Sentence: 1,Thousands,NNS,O"; the word is quoted when it holds a comma or quote).</summary>
    private static (string Word, string Tag) GmbWord(string line)
    {
        var start = line.IndexOf(',', StringComparison.Ordinal) + 1;
        string word;
        int rest;
        if (start < line.Length && line[start] == '"')
        {
            var end = line.LastIndexOf("\",", StringComparison.Ordinal);
            word = end > start ? line[(start + 1)..end].Replace("\"\"", "\"", StringComparison.Ordinal) : "";
            rest = end > start ? end + 2 : line.Length;
        }
        else
        {
            var comma = line.IndexOf(',', start);
            word = comma < 0 ? line[start..] : line[start..comma];
            rest = comma < 0 ? line.Length : comma + 1;
        }
        var tagEnd = line.IndexOf(',', rest);
        return (word, rest >= line.Length ? "" : tagEnd < 0 ? line[rest..] : line[rest..tagEnd]);
    }
}
