using Nexus.Analysis.Graph;

namespace Nexus.Analysis.Tests.Graph;

/// <summary>Link analysis over the assessed reference corpus.</summary>
[Collection(CorpusCollection.Name)]
public sealed class ReferenceGraphTests(CorpusFixture corpus)
{
    private LinkAnalysis Links(GraphFilter? filter = null) => new(corpus.Assessment, filter);

    [Fact]
    public void MengalRanksFirstAmongBrokersBetweenIskpAndLet()
    {
        var report = Links().Brokers(corpus.Entity("Islamic State Khorasan Province"), corpus.Entity("Lashkar-e-Taiba"), 5);

        var first = report.Brokers[0];
        Assert.Equal("Mir Shafiq Mengal", first.Entity.Name);
        Assert.Equal(BrokerPosition.First, first.Position);
        Assert.Contains(report.FirstGroup, e => e.Name == "Mir Shafiq Mengal");
        Assert.Contains(report.SecondGroup, e => e.Name == "Rana Mohammad Ashfaq");
        Assert.DoesNotContain(report.Brokers, b => b.Entity.Id == report.First.Id || b.Entity.Id == report.Second.Id);
    }

    [Fact]
    public void PathFromIsiToIskpNamesEachHopsHolderAndModality()
    {
        var paths = Links().Paths(corpus.Entity("Inter-Services Intelligence"), corpus.Entity("Islamic State Khorasan Province"), new PathOptions { Count = 3 });

        Assert.Equal(3, paths.Length);
        Assert.Equal(1, paths[0].Length);
        Assert.All(paths, p => Assert.Equal("Inter-Services Intelligence", p.Entities[0].Name));
        Assert.All(paths, p => Assert.Equal("Islamic State Khorasan Province", p.Entities[^1].Name));
        Assert.All(paths.SelectMany(p => p.Hops).SelectMany(h => h.Assertions).SelectMany(a => a.Claims), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Holder));
            Assert.False(string.IsNullOrWhiteSpace(c.Evidence));
        });
        var direct = Assert.Single(Assert.Single(paths[0].Hops).Assertions);
        Assert.Contains(direct.Claims, c => c.Modality == Modality.Reported && c.Holder == "a senior Afghan official");
        Assert.True(paths.Zip(paths.Skip(1)).All(p => p.First.Length <= p.Second.Length));
        Assert.All(paths, p => Assert.Equal(p.Hops.Max(h => h.Grade.Credibility), p.WeakestGrade.Credibility));
    }

    [Fact]
    public void AMinimumGradeDropsTheLinksBelowIt()
    {
        var strict = Links(new GraphFilter { MaxCredibility = 2 });

        Assert.True(strict.LinkCount < Links().LinkCount);
        Assert.Empty(strict.Paths(corpus.Entity("Inter-Services Intelligence"), corpus.Entity("Islamic State Khorasan Province")));
    }

    [Fact]
    public void ModalityFilterKeepsOnlyAssertionsCarriedThatWay()
    {
        var asserted = Links(new GraphFilter { Modalities = [Modality.Asserted] });

        Assert.False(asserted.Contains(corpus.Entity("Inter-Services Intelligence")));
        Assert.True(asserted.Contains(corpus.Entity("Mir Shafiq Mengal")));
    }

    [Fact]
    public void EgoNetworkOfMengalHoldsHisNeighboursAndTheLinksAmongThem()
    {
        var ego = Links().Ego(corpus.Entity("Mir Shafiq Mengal"), 1);

        Assert.NotNull(ego);
        Assert.Equal(0, ego.Members[0].Distance);
        Assert.Contains(ego.Members, m => m.Entity.Name == "Rana Mohammad Ashfaq" && m.Distance == 1);
        Assert.Contains(ego.Members, m => m.Entity.Name == "Islamic State Khorasan Province" && m.Distance == 1);
        Assert.All(ego.Members, m => Assert.InRange(m.Distance, 0, 1));
        var inside = ego.Members.Select(m => m.Entity.Id).ToHashSet();
        Assert.All(ego.Links, l => Assert.True(inside.Contains(l.From) && inside.Contains(l.To)));
        Assert.Contains(ego.Links, l => l.From != ego.Center.Id && l.To != ego.Center.Id);
    }

    [Fact]
    public void CentralityPutsIskpAtTheHeartOfTheNetwork()
    {
        var scores = Links().Centrality();

        Assert.Equal("Islamic State Khorasan Province", scores[0].Entity.Name);
        Assert.Equal(1.0, scores.Sum(s => s.PageRank), 6);
        Assert.All(scores, s => Assert.True(s.Degree > 0));
    }

    [Fact]
    public void CommunitiesCoverEveryLinkedEntityOnce()
    {
        var links = Links();

        var report = links.Communities();

        Assert.Equal(links.EntityCount, report.Communities.Sum(c => c.Members.Length));
        Assert.True(report.Communities.Length > 1);
        Assert.InRange(report.Modularity, 0.1, 1.0);
    }
}
