namespace Nexus.Text.Models.Corpora;

/// <summary>
/// Where the training corpora sit under a data folder laid out like ../shared/data, and the
/// official splits: EWT train/dev/test files, GUM's splits.md, re3d's source folders. Used only by
/// training and evaluation, never by the running product.
/// </summary>
public sealed class SharedCorpora(string dataRoot)
{
    public string Root { get; } = dataRoot;

    public string EwtFile(string split) => Require(Path.Combine(Root, "ud-english-ewt", $"en_ewt-ud-{split}.conllu"));

    public string Re3dFolder => Require(Path.Combine(Root, "re3d"));

    public string WikigoldFile => Require(Path.Combine(Root, "wikigold", "CONLL-format", "data", "wikigold.conll.txt"));

    public string GmbFile => Require(Path.Combine(Root, "gmb", "ner_dataset.csv"));

    public IEnumerable<ConlluSentence> Ewt(string split) => ConlluReader.ReadFile(EwtFile(split));

    /// <summary>GUM documents of one split ("train", "dev", "test") that are present, in name order.</summary>
    public IEnumerable<(string Document, ConlluSentence Sentence)> Gum(string split)
    {
        var folder = Require(Path.Combine(Root, "gum", "tierA_conllu"));
        var documents = GumSplits()[split];
        foreach (var file in Directory.GetFiles(folder, "*.conllu").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (documents.Contains(name))
            {
                foreach (var sentence in ConlluReader.ReadFile(file))
                {
                    yield return (name, sentence);
                }
            }
        }
    }

    /// <summary>Reads splits.md: "## split" headings followed by "* document" bullets.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> GumSplits()
    {
        var splits = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string>? current = null;
        foreach (var line in File.ReadLines(Require(Path.Combine(Root, "gum", "splits.md"))))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("## ", StringComparison.Ordinal))
            {
                current = [];
                splits[trimmed[3..].Trim()] = current;
            }
            else if (trimmed.StartsWith("* ", StringComparison.Ordinal) && current is not null)
            {
                current.Add(trimmed[2..].Trim());
            }
        }
        return splits;
    }

    private static string Require(string path) =>
        File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"Training data not found: '{path}'. Pass the folder laid out like ../shared/data.", path);
}
