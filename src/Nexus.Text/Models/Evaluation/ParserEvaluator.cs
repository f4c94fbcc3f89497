using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Parsing;
using Nexus.Text.Models.Pos;

namespace Nexus.Text.Models.Evaluation;

/// <summary>Scores a parser on a treebank, fed by the tagger's predicted tags as in the product, or by the gold tags when no tagger is given.</summary>
public static class ParserEvaluator
{
    public static ParserEvaluation Evaluate(DependencyParser parser, PosTagger? tagger, IEnumerable<ConlluSentence> sentences, CancellationToken cancellationToken)
    {
        int words = 0, heads = 0, arcs = 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var forms = sentence.Forms;
            var tree = parser.Parse(forms, tagger is null ? [.. sentence.Words.Select(w => w.Upos)] : tagger.Tag(forms));
            for (var i = 0; i < forms.Length; i++)
            {
                words++;
                if (tree.Heads[i] == sentence.Words[i].Head - 1)
                {
                    heads++;
                    if (tree.Relations[i] == sentence.Words[i].Relation)
                    {
                        arcs++;
                    }
                }
            }
        }
        return new ParserEvaluation(words, heads, arcs);
    }
}
