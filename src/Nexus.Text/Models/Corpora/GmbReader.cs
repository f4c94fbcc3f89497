using System.Text;

namespace Nexus.Text.Models.Corpora;

/// <summary>
/// Reads the GMB-derived <c>ner_dataset.csv</c> ("Sentence #,Word,POS,Tag", IOB2 tags). The file has
/// no document boundaries, so consecutive sentences are grouped into pseudo-documents of
/// <see cref="SentencesPerDocument"/> for splitting.
/// </summary>
public static class GmbReader
{
    public const int SentencesPerDocument = 50;

    public static ImmutableArray<NerDocument> ReadFile(string path, Func<string, string?> map)
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
                if (sentences.Count == SentencesPerDocument)
                {
                    EndDocument();
                }
            }
            words.Clear();
            tags.Clear();
        }
        void EndDocument()
        {
            if (sentences.Count > 0)
            {
                documents.Add(new NerDocument($"gmb#{documents.Count + 1}", "gmb", sentences.ToImmutable()));
            }
            sentences.Clear();
        }
        foreach (var line in File.ReadLines(path, Encoding.Latin1).Skip(1))
        {
            var fields = SplitCsv(line);
            if (fields.Count < 4)
            {
                continue;
            }
            if (fields[0].Length > 0)
            {
                EndSentence();
            }
            words.Add(fields[1]);
            tags.Add(fields[3]);
        }
        EndSentence();
        EndDocument();
        return documents.ToImmutable();
    }

    /// <summary>Splits one CSV line with RFC 4180 quoting ("" inside quotes is a quote).</summary>
    internal static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return fields;
    }
}
