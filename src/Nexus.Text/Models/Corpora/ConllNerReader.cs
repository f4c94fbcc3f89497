namespace Nexus.Text.Models.Corpora;

/// <summary>
/// Reads CoNLL-style NER files ("word … tag" per line, blank line between sentences, <c>-DOCSTART-</c>
/// between documents). Tags may be IOB1 (wikigold), IOB2 or BIOES; entity types are mapped through
/// the map passed in and dropped when it returns null.
/// </summary>
public static class ConllNerReader
{
    public static ImmutableArray<NerDocument> ReadFile(string path, string corpus, Func<string, string?> map)
    {
        var documents = ImmutableArray.CreateBuilder<NerDocument>();
        var sentences = ImmutableArray.CreateBuilder<NerSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        void EndSentence()
        {
            if (words.Count > 0)
            {
                sentences.Add(new NerSentence([.. words], BioDecoder.Decode(tags, map)));
            }
            words.Clear();
            tags.Clear();
        }
        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new NerDocument($"{corpus}#{documents.Count + 1}", corpus, sentences.ToImmutable()));
            }
            sentences.Clear();
        }
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                EndSentence();
            }
            else if (fields[0] == "-DOCSTART-")
            {
                EndDocument();
            }
            else
            {
                words.Add(fields[0]);
                tags.Add(fields[^1]);
            }
        }
        EndDocument();
        return documents.ToImmutable();
    }
}
