namespace Nexus.Engine.Tests.Golden;

/// <summary>Sentences whose clauses name different actors, read by the product pipeline with the shipped lists and models.</summary>
public sealed class CrossClauseTests(RuntimeFixture fixture) : IClassFixture<RuntimeFixture>
{
    [Fact]
    public void AnActorInARelativeClauseSharesNeitherTheAttackNorTheAuthorsVoice()
    {
        var document = fixture.Runtime.Pipeline.Run(
            Document.Create("The Haqqani network, which Washington says is backed by the ISI, attacked Kabul in 2011.", new DocumentMetadata()),
            CancellationToken.None);
        string Name(string? key) => document.Entity(key!)?.Name ?? "-";

        var attack = Assert.Single(document.Claims, c => c.Predicate == Predicate.Attacked);
        Assert.Equal("Haqqani Network", Name(attack.Subject), ignoreCase: true);
        Assert.Equal(Modality.Asserted, attack.Modality);
        var backing = Assert.Single(document.Claims, c => c.Predicate == Predicate.Sponsors);
        Assert.Equal(Modality.Reported, backing.Modality);
    }
}
