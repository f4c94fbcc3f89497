using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Pos;

namespace Nexus.Text.Models.Training;

/// <summary>The training recipes behind <c>nexus train</c>: which corpora each model learns from.</summary>
public static class ModelTrainer
{
    /// <summary>The tagger: EWT train plus the GUM train split (both gold UPOS).</summary>
    public static PosTagger TrainPos(SharedCorpora corpora, TrainingOptions options, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var sentences = corpora.Ewt("train").Concat(corpora.Gum("train").Select(p => p.Sentence)).ToList();
        return PosTaggerTrainer.Train(sentences, options, progress, cancellationToken);
    }
}
