using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Evaluation;
using Nexus.Text.Models.Ner;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Tests.Models;

public sealed class NerEvaluatorTests
{
    /// <summary>Stands in for the lists, rules and recogniser: the mentions a pipeline leaves.</summary>
    private sealed class FixedMentions(params Mention[] mentions) : IPipelineStage
    {
        public string Name => "fixed";

        public IReadOnlyCollection<Layer> Requires => [];

        public IReadOnlyCollection<Layer> Produces => [Layer.Mentions];

        public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken) =>
            document with { Mentions = [.. mentions] };
    }

    private static Mention M(int start, int end, EntityType type) =>
        new() { Span = new TextSpan(start, end), Text = "", Type = type, Confidence = 0.9, Source = "test" };

    [Fact]
    public void ThePipelinesMentionsAreScoredAgainstConfidentGoldOfTheirSourceFolder()
    {
        const string text = "Kabul is calm, said Ellwood.";
        var document = new Re3dDocument("d1", "UK Government", text, [new(0, 5, "Location", 0.9), new(20, 27, "Person", 0.9), new(9, 13, "Person", 0.2)]);
        var asked = new List<string>();
        ExtractionPipeline For(string folder)
        {
            asked.Add(folder);
            return new PipelineBuilder().Add(new FixedMentions(M(0, 5, EntityType.Location), M(20, 27, EntityType.Organization))).Build();
        }

        var scores = NerEvaluator.EvaluateRe3dPipeline(For, [document], CancellationToken.None).All.PerLabel.ToDictionary(s => s.Label);

        Assert.Equal(["UK Government"], asked);
        Assert.Equal(1, scores[EntityLabels.Location].ExactMatches);
        Assert.Equal((1, 0), (scores[EntityLabels.Person].Gold, scores[EntityLabels.Person].Predicted));
        Assert.Equal((0, 1), (scores[EntityLabels.Organization].Gold, scores[EntityLabels.Organization].Predicted));
    }

    [Fact]
    public void PronounGoldIsLeftOutOfTheSecondScoreOnly()
    {
        const string text = "We met Kerry in Rome. Our talks went on.";
        var document = new Re3dDocument("d1", "UK Government", text,
            [new(0, 2, "Organisation", 0.9), new(7, 12, "Person", 0.9), new(16, 20, "Location", 0.9), new(22, 25, "Organisation", 0.9)]);
        var pipeline = new PipelineBuilder().Add(new FixedMentions(M(7, 12, EntityType.Person), M(16, 20, EntityType.Location))).Build();

        var (all, withoutPronouns) = NerEvaluator.EvaluateRe3dPipeline(_ => pipeline, [document], CancellationToken.None);

        var core = all.Micro(EntityLabels.Core, "core");
        Assert.Equal((4, 2, 2), (core.Gold, core.Predicted, core.LenientGold));
        var kept = withoutPronouns.Micro(EntityLabels.Core, "core");
        Assert.Equal((2, 2, 2), (kept.Gold, kept.Predicted, kept.LenientGold));
    }
}
