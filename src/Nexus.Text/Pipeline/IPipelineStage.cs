namespace Nexus.Text.Pipeline;

/// <summary>
/// One step of the extraction pipeline. A stage declares the layers it reads and the layers it adds,
/// so the builder can check the order once; swapping a rule-based stage for a trained one is a matter
/// of registering another implementation with the same declarations.
/// Implementations are immutable after construction and safe to call from several threads.
/// </summary>
public interface IPipelineStage
{
    /// <summary>Short name used in traces, timings and mention sources ("tokenizer", "gazetteer").</summary>
    string Name { get; }

    IReadOnlyCollection<Layer> Requires { get; }

    IReadOnlyCollection<Layer> Produces { get; }

    /// <summary>Returns the document with this stage's layers added or replaced.</summary>
    AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken);
}
