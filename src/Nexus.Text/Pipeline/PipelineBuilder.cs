namespace Nexus.Text.Pipeline;

/// <summary>Assembles stages in order; <see cref="Build"/> checks every stage's inputs exist before it runs.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    public PipelineBuilder Add(IPipelineStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    /// <summary>Replaces the stage with the given name, e.g. a trained tagger for a rule-based one.</summary>
    public PipelineBuilder Replace(string name, IPipelineStage stage)
    {
        var index = _stages.FindIndex(s => s.Name == name);
        if (index < 0)
        {
            throw new InvalidOperationException($"The pipeline has no stage named '{name}'.");
        }
        _stages[index] = stage;
        return this;
    }

    /// <summary>Returns an immutable pipeline; throws when a stage needs a layer no earlier stage produces.</summary>
    public ExtractionPipeline Build()
    {
        var available = new HashSet<Layer>();
        foreach (var stage in _stages)
        {
            var missing = stage.Requires.Where(layer => !available.Contains(layer)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' needs {string.Join(", ", missing)}, which no earlier stage produces.");
            }
            available.UnionWith(stage.Produces);
        }
        return new ExtractionPipeline([.. _stages]);
    }
}
