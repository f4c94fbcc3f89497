using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Pos;

namespace Nexus.Text.Models.Evaluation;

/// <summary>Scores a tagger against gold UPOS tags.</summary>
public static class PosEvaluator
{
    public static PosEvaluation Evaluate(PosTagger tagger, IEnumerable<ConlluSentence> sentences, CancellationToken cancellationToken)
    {
        int words = 0, correct = 0;
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tags = tagger.Tag(sentence.Forms);
            for (var i = 0; i < tags.Length; i++)
            {
                words++;
                if (tags[i] == sentence.Words[i].Upos)
                {
                    correct++;
                }
            }
        }
        return new PosEvaluation(words, correct);
    }
}
