using System.Buffers;
using Nexus.Text.Models.Features;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Models.Pos;

/// <summary>Sets every token's <see cref="Token.Tag"/> to its Universal POS tag, sentence by sentence.</summary>
public sealed class PosTaggerStage(PosTagger tagger) : IPipelineStage
{
    public string Name => "pos";

    public IReadOnlyCollection<Layer> Requires => [Layer.Tokens, Layer.Sentences];

    public IReadOnlyCollection<Layer> Produces => [Layer.PartsOfSpeech];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens.ToBuilder();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var keys = ArrayPool<TokenKeys>.Shared.Rent(sentence.TokenCount);
            var tags = ArrayPool<int>.Shared.Rent(sentence.TokenCount);
            try
            {
                for (var i = 0; i < sentence.TokenCount; i++)
                {
                    keys[i] = TokenKeys.Of(tokens[sentence.FirstToken + i].Text);
                }
                tagger.Tag(keys.AsSpan(0, sentence.TokenCount), tags.AsSpan(0, sentence.TokenCount));
                for (var i = 0; i < sentence.TokenCount; i++)
                {
                    var t = sentence.FirstToken + i;
                    tokens[t] = tokens[t] with { Tag = tagger.Tags[tags[i]] };
                }
            }
            finally
            {
                ArrayPool<TokenKeys>.Shared.Return(keys);
                ArrayPool<int>.Shared.Return(tags);
            }
        }
        return document with { Tokens = tokens.MoveToImmutable() };
    }
}
