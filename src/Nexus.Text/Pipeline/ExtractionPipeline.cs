using System.Diagnostics;

namespace Nexus.Text.Pipeline;

/// <summary>
/// An ordered, validated list of stages. Immutable and thread-safe: run it on many documents at once.
/// Tracing lives here rather than in each stage.
/// </summary>
public sealed class ExtractionPipeline
{
    private static readonly ActivitySource Tracing = new("Nexus.Text.Pipeline");

    internal ExtractionPipeline(ImmutableArray<IPipelineStage> stages) => Stages = stages;

    public ImmutableArray<IPipelineStage> Stages { get; }

    public AnnotatedDocument Run(Document document, CancellationToken cancellationToken)
    {
        var annotated = new AnnotatedDocument(document);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var activity = Tracing.StartActivity(stage.Name);
            activity?.SetTag("nexus.document", document.Id);
            try
            {
                annotated = stage.Process(annotated, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new PipelineException(stage.Name, document, e);
            }
        }
        return annotated;
    }
}
