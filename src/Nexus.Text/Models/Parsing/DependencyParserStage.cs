using System.Buffers;
using Nexus.Text.Models.Features;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Models.Parsing;

/// <summary>
/// Sets every token's <see cref="Token.Head"/> (a document token index, -1 for a sentence root) and
/// <see cref="Token.Relation"/> from the parser, sentence by sentence, using the POS tags already set.
/// </summary>
/// <param name="parser">The parser.</param>
/// <param name="sentences">
/// Which sentences of a document to parse (those a later stage reads the parse of); null parses every
/// one. A sentence left out keeps its tokens unparsed (no relation).
/// </param>
public sealed class DependencyParserStage(DependencyParser parser, Func<AnnotatedDocument, bool[]>? sentences = null) : IPipelineStage
{
    public string Name => "parser";

    public IReadOnlyCollection<Layer> Requires => [Layer.Tokens, Layer.Sentences, Layer.PartsOfSpeech];

    public IReadOnlyCollection<Layer> Produces => [Layer.Dependencies];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens.ToBuilder();
        var wanted = sentences?.Invoke(document);
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (wanted is not null && !wanted[s])
            {
                continue;
            }
            var sentence = document.Sentences[s];
            var n = sentence.TokenCount;
            var keys = ArrayPool<TokenKeys>.Shared.Rent(n + 1);
            var tags = ArrayPool<ulong>.Shared.Rent(n + 1);
            var heads = ArrayPool<int>.Shared.Rent(n);
            var labels = ArrayPool<int>.Shared.Rent(n);
            try
            {
                DependencyParser.Prepare(tokens, sentence.FirstToken, n, keys, tags);
                parser.Parse(keys.AsSpan(0, n + 1), tags.AsSpan(0, n + 1), heads.AsSpan(0, n), labels.AsSpan(0, n));
                for (var i = 0; i < n; i++)
                {
                    var t = sentence.FirstToken + i;
                    tokens[t] = tokens[t] with
                    {
                        Head = heads[i] < 0 ? -1 : sentence.FirstToken + heads[i],
                        Relation = parser.Relations[labels[i]],
                    };
                }
            }
            finally
            {
                ArrayPool<TokenKeys>.Shared.Return(keys);
                ArrayPool<ulong>.Shared.Return(tags);
                ArrayPool<int>.Shared.Return(heads);
                ArrayPool<int>.Shared.Return(labels);
            }
        }
        return document with { Tokens = tokens.MoveToImmutable() };
    }
}
