using Nexus.Text.Models.Features;

namespace Nexus.Text.Tests.Models;

public sealed class FeatureTests
{
    [Fact]
    public void ShapeCollapsesLongRunsOfTheSameKind()
    {
        Assert.Equal(WordShape.Key("Abc-12"), WordShape.Key("Mengal-47"));
        Assert.Equal(WordShape.Key("LE"), WordShape.Key("ISKP"));
        Assert.NotEqual(WordShape.Key("Kabul"), WordShape.Key("kabul"));
    }

    [Fact]
    public void WordKeysFoldCaseButKeepItInTheShape()
    {
        var upper = TokenKeys.Of("Kabul");
        var lower = TokenKeys.Of("kabul");

        Assert.Equal(upper.Lower, lower.Lower);
        Assert.Equal(upper.Suffix3, lower.Suffix3);
        Assert.NotEqual(upper.Shape, lower.Shape);
        Assert.NotEqual(upper.Flags, lower.Flags);
    }

    [Fact]
    public void TemplatesSeparateTheSameValue()
    {
        var value = FeatureHash.Lower("kabul");

        Assert.NotEqual(FeatureHash.Add(FeatureHash.Template(1), value), FeatureHash.Add(FeatureHash.Template(2), value));
        Assert.NotEqual(0UL, FeatureHash.Key(0));
    }
}
