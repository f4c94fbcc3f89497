namespace Nexus.Core.Tests;

public sealed class OntologyTests
{
    [Fact]
    public void EveryPredicateHasASignature()
    {
        foreach (var predicate in Enum.GetValues<Predicate>())
        {
            Assert.Equal(predicate, Ontology.Describe(predicate).Predicate);
        }
    }

    [Fact]
    public void LeadsTakesAPersonAndAnOrganisation()
    {
        var leads = Ontology.Describe(Predicate.Leads);

        Assert.True(leads.Accepts(EntityType.Person, EntityType.Organization));
        Assert.False(leads.Accepts(EntityType.Location, EntityType.Organization));
    }

    [Theory]
    [InlineData("TLP:AMBER+STRICT", TlpMarking.AmberStrict)]
    [InlineData("amber", TlpMarking.Amber)]
    [InlineData("TLP:WHITE", TlpMarking.Clear)]
    public void TlpMarkingsParseInTheirUsualSpellings(string text, TlpMarking expected)
    {
        Assert.True(Tlp.TryParse(text, out var marking));
        Assert.Equal(expected, marking);
        Assert.True(Tlp.TryParse(Tlp.Format(marking), out var again));
        Assert.Equal(marking, again);
    }

    [Fact]
    public void UnknownTlpIsRefused() => Assert.False(Tlp.TryParse("TLP:PURPLE", out _));
}
