using Nexus.Text.Claims.Learned;
using Nexus.Text.Models.Ner;
using Nexus.Text.Models.Parsing;
using Nexus.Text.Models.Pos;

namespace Nexus.Text.Models;

/// <summary>
/// Finds and loads the trained models: the ones embedded in this assembly by default, or the
/// files of a folder (as written by <c>nexus train</c>) when one is given. Each model loads once per
/// catalog and is then shared; the catalog is thread-safe.
/// </summary>
public sealed class ModelCatalog
{
    public const string PosFile = "pos.nxm";
    public const string ParserFile = "parser.nxm";
    public const string NerFile = "ner.nxm";
    public const string RelationsFile = "relations.nxm";

    private readonly string? _folder;
    private readonly ModelCatalog? _fallback;
    private readonly Lazy<PosTagger> _pos;
    private readonly Lazy<DependencyParser> _parser;
    private readonly Lazy<NerTagger> _ner;
    private readonly Lazy<RelationModel> _relations;

    /// <param name="folder">A folder holding model files, or null for the embedded models.</param>
    public ModelCatalog(string? folder = null)
        : this(folder, null)
    {
    }

    /// <param name="folder">A folder holding some model files ("ner.nxm" trained without one re3d source).</param>
    /// <param name="fallback">Where the models the folder does not hold come from.</param>
    public ModelCatalog(string? folder, ModelCatalog? fallback)
    {
        _folder = folder;
        _fallback = fallback;
        _pos = new Lazy<PosTagger>(() => Load(PosFile, PosTagger.Load));
        _parser = new Lazy<DependencyParser>(() => Load(ParserFile, DependencyParser.Load));
        _ner = new Lazy<NerTagger>(() => Load(NerFile, NerTagger.Load));
        _relations = new Lazy<RelationModel>(() => Load(RelationsFile, RelationModel.Load));
    }

    public PosTagger Pos => _pos.Value;

    public DependencyParser Parser => _parser.Value;

    public NerTagger Ner => _ner.Value;

    /// <summary>The learned relation reader of the claim stage.</summary>
    public RelationModel Relations => _relations.Value;

    /// <summary>Opens a model file's bytes; throws a clear error when the model is missing.</summary>
    public Stream Open(string file)
    {
        if (_folder is not null)
        {
            var path = Path.Combine(_folder, file);
            if (!File.Exists(path) && _fallback is not null)
            {
                return _fallback.Open(file);
            }
            return File.Exists(path) ? File.OpenRead(path) : throw new FileNotFoundException($"No model file '{path}'; train it with 'nexus train'.", path);
        }
        return typeof(ModelCatalog).Assembly.GetManifestResourceStream("Nexus.Text.Models." + file)
            ?? throw new FileNotFoundException($"The model '{file}' is not embedded in this build; train it with 'nexus train' into models/ and rebuild.");
    }

    private T Load<T>(string file, Func<Stream, T> load)
    {
        using var stream = Open(file);
        return load(stream);
    }
}
