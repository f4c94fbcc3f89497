using Nexus.Text.Pipeline;

namespace Nexus.Text.Tokenization;

/// <summary>Produces the sentence layer from the tokens.</summary>
public sealed class SentenceStage : IPipelineStage
{
    public string Name => "sentences";

    public IReadOnlyCollection<Layer> Requires => [Layer.Tokens];

    public IReadOnlyCollection<Layer> Produces => [Layer.Sentences];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken) =>
        document with { Sentences = SentenceSplitter.Split(document.Text, document.Tokens) };
}
