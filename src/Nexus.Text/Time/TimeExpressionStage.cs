using Nexus.Text.Pipeline;

namespace Nexus.Text.Time;

/// <summary>
/// Adds the document's time expressions, normalised against its publication date. It reads the raw text
/// with its own small grammar, so it needs no earlier layer and can run anywhere in the pipeline.
/// Stateless and thread-safe.
/// </summary>
public sealed class TimeExpressionStage : IPipelineStage
{
    private static readonly ImmutableArray<Layer> Nothing = [];
    private static readonly ImmutableArray<Layer> Times = [Layer.TimeExpressions];

    public string Name => "time";

    public IReadOnlyCollection<Layer> Requires => Nothing;

    public IReadOnlyCollection<Layer> Produces => Times;

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with
        {
            Times = TimeNormalizer.Find(document.Text, document.Document.Metadata.Published, cancellationToken),
        };
    }
}
