using Nexus.Text.Pipeline;

namespace Nexus.Text.Tokenization;

/// <summary>Produces the token layer over the whole text.</summary>
public sealed class TokenizerStage : IPipelineStage
{
    public string Name => "tokenizer";

    public IReadOnlyCollection<Layer> Requires => [];

    public IReadOnlyCollection<Layer> Produces => [Layer.Tokens];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken) =>
        document with { Tokens = [.. Tokenizer.Tokenize(document.Text)] };
}
