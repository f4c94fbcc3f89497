using Nexus.Text.Models;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// The pipeline each re3d source folder is read with. The shipped recogniser has learned from every re3d
/// document, so an honest end-to-end score reads each folder with a recogniser trained without it
/// (<c>nexus train ner --hold-out FOLDER --out FOLDS/FOLDER</c>); the tagger and parser learned no re3d and
/// stay the embedded ones. Pipelines are built once per folder.
/// </summary>
public sealed class Re3dFoldPipelines
{
    private readonly Func<ModelCatalog?, PipelineBuilder> _builder;
    private readonly ModelCatalog? _models;
    private readonly string? _folds;
    private readonly Dictionary<string, ExtractionPipeline> _built = new(StringComparer.Ordinal);

    /// <param name="builder">The pipeline over a model catalog (the evaluation may swap stages in it).</param>
    /// <param name="models">The models every folder shares when <paramref name="folds"/> is null; null for rules only.</param>
    /// <param name="folds">A folder holding one model folder per re3d source folder, or null.</param>
    public Re3dFoldPipelines(Func<ModelCatalog?, PipelineBuilder> builder, ModelCatalog? models, string? folds)
    {
        _builder = builder;
        _models = models;
        _folds = folds;
    }

    /// <summary>Whether each folder is read with its own held-out recogniser.</summary>
    public bool LeaveOneSourceOut => _folds is not null;

    /// <summary>The pipeline for the documents of <paramref name="folder"/>.</summary>
    public ExtractionPipeline For(string folder)
    {
        if (_built.TryGetValue(folder, out var pipeline))
        {
            return pipeline;
        }
        var models = _models;
        if (_folds is not null)
        {
            var own = Path.Combine(_folds, folder);
            if (!File.Exists(Path.Combine(own, ModelCatalog.NerFile)))
            {
                throw new FileNotFoundException(
                    $"No held-out recogniser '{Path.Combine(own, ModelCatalog.NerFile)}'; train it with: nexus train ner --hold-out \"{folder}\" --out \"{own}\"");
            }
            models = new ModelCatalog(own, new ModelCatalog());
        }
        pipeline = _builder(models).Build();
        _built[folder] = pipeline;
        return pipeline;
    }
}
