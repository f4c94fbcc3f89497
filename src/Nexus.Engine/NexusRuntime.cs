using Nexus.Resolution.Entities;
using Nexus.Resolution.ReferenceData;
using Nexus.Text;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Nexus.Text.Pipeline;

namespace Nexus.Engine;

/// <summary>
/// What a process loads once and shares: the reference lists, the extraction pipeline built over
/// their gazetteer, and the entity resolver. Everything is built on first use and thread-safe.
/// </summary>
public sealed class NexusRuntime
{
    private readonly Lazy<ExtractionPipeline> _pipeline;
    private readonly Lazy<EntityResolver> _resolver;

    public NexusRuntime(ReferenceLibrary references, ModelCatalog? models)
    {
        References = references;
        _pipeline = new(() => TextPipelines.Default(new GazetteerMatcher(references.Gazetteer), models).Build());
        _resolver = new(() => new EntityResolver(references));
    }

    /// <summary>A runtime over the reference artefacts and trained models built into the assemblies.</summary>
    public static NexusRuntime Embedded() => new(ReferenceLibrary.LoadEmbedded(), new ModelCatalog());

    public ReferenceLibrary References { get; }

    public ExtractionPipeline Pipeline => _pipeline.Value;

    public EntityResolver Resolver => _resolver.Value;
}
