using System.Buffers;
using Nexus.Text.Models.Features;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Models.Ner;

/// <summary>
/// Adds the NER model's mentions (source <see cref="Source"/>) to the document's mentions, leaving
/// mentions of earlier stages as they are; reconciling the two is <see cref="MentionReconciler"/>'s job.
/// Entities labelled MISC (names of no Nexus type) are not reported.
/// </summary>
public sealed class NerStage(NerTagger tagger) : IPipelineStage
{
    public const string Source = "model:ner";

    public string Name => "ner";

    public IReadOnlyCollection<Layer> Requires => [Layer.Tokens, Layer.Sentences];

    public IReadOnlyCollection<Layer> Produces => [Layer.Mentions];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var mentions = document.Mentions.ToBuilder();
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var keys = ArrayPool<TokenKeys>.Shared.Rent(sentence.TokenCount);
            try
            {
                for (var i = 0; i < sentence.TokenCount; i++)
                {
                    keys[i] = TokenKeys.Of(tokens[sentence.FirstToken + i].Text);
                }
                foreach (var entity in tagger.Tag(keys.AsSpan(0, sentence.TokenCount)))
                {
                    if (EntityLabels.ToEntityType(entity.Label) is not { } type)
                    {
                        continue;
                    }
                    var span = new TextSpan(tokens[sentence.FirstToken + entity.Start].Span.Start, tokens[sentence.FirstToken + entity.End - 1].Span.End);
                    mentions.Add(new Mention
                    {
                        Span = span,
                        Text = span.Of(document.Text),
                        Type = type,
                        Confidence = entity.Confidence,
                        Source = Source,
                    });
                }
            }
            finally
            {
                ArrayPool<TokenKeys>.Shared.Return(keys);
            }
        }
        return document with { Mentions = mentions.ToImmutable() };
    }
}
