using Nexus.Text.Models.Ner;

namespace Nexus.Text.Tests.Models;

public sealed class MentionReconcilerTests
{
    private static Mention M(int start, int end, EntityType type, string source, double confidence = 0.9, string? reference = null) => new()
    {
        Span = new TextSpan(start, end),
        Text = new string('x', end - start),
        Type = type,
        Confidence = confidence,
        Source = source,
        Refs = reference is null ? [] : [reference],
    };

    [Fact]
    public void SameSpanTakesTheGazetteerTypeAndRefs()
    {
        var merged = MentionReconciler.Reconcile([M(0, 4, EntityType.Organization, NerStage.Source, 0.97), M(0, 4, EntityType.Organization, "gazetteer", 0.8, "un:QDe.118")]);

        var mention = Assert.Single(merged);
        Assert.Equal(["un:QDe.118"], mention.Refs.ToArray());
        Assert.Equal(0.97, mention.Confidence);
        Assert.Equal("gazetteer+model:ner", mention.Source);
    }

    [Fact]
    public void ModelFindsNamesTheGazetteerDoesNotKnow()
    {
        var merged = MentionReconciler.Reconcile([M(0, 4, EntityType.Person, NerStage.Source), M(10, 14, EntityType.Location, "gazetteer")]);

        Assert.Equal(2, merged.Length);
    }

    [Fact]
    public void LongerGazetteerNameWinsOverAModelFragment()
    {
        var merged = MentionReconciler.Reconcile([M(0, 7, EntityType.Organization, NerStage.Source), M(0, 20, EntityType.Organization, "gazetteer")]);

        Assert.Equal("gazetteer", Assert.Single(merged).Source);
    }

    [Fact]
    public void LongerModelSpanOfTheSameTypeAbsorbsTheGazetteerFragment()
    {
        var merged = MentionReconciler.Reconcile([M(0, 30, EntityType.Location, NerStage.Source), M(23, 30, EntityType.Location, "gazetteer")]);

        Assert.Equal(NerStage.Source, Assert.Single(merged).Source);
    }
}
