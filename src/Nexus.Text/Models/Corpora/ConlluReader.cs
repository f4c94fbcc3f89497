namespace Nexus.Text.Models.Corpora;

/// <summary>Reads CoNLL-U files (Universal Dependencies: EWT, GUM).</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path) => Read(File.ReadLines(path));

    public static IEnumerable<ConlluSentence> Read(IEnumerable<string> lines)
    {
        string? id = null;
        var words = ImmutableArray.CreateBuilder<ConlluWord>();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                if (words.Count > 0)
                {
                    yield return new ConlluSentence(id, words.ToImmutable());
                }
                words.Clear();
                id = null;
                continue;
            }
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line["# sent_id = ".Length..];
                }
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length < 10)
            {
                throw new InvalidDataException($"A CoNLL-U word line needs 10 tab-separated fields: '{line}'.");
            }
            // Multi-word tokens ("3-4") and empty nodes ("8.1") are not syntactic words of the basic tree.
            if (fields[0].Contains('-', StringComparison.Ordinal) || fields[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }
            var head = 0;
            if (fields[6] != "_" && !int.TryParse(fields[6], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out head))
            {
                throw new InvalidDataException($"A CoNLL-U head must be a number: '{line}'.");
            }
            words.Add(new ConlluWord(fields[1], fields[3], fields[4], head, fields[7], fields[9]));
        }
        if (words.Count > 0)
        {
            yield return new ConlluSentence(id, words.ToImmutable());
        }
    }
}
