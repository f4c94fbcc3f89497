using Nexus.Engine.Curations;
using Nexus.Engine.Queries;
using Nexus.Engine.Tests.Support;

namespace Nexus.Engine.Tests.Curations;

/// <summary>The analyst's decisions against a real store: checked, stamped, stored, and in force at once.</summary>
public sealed class CurationWorkflowTests(RuntimeFixture fixture) : IClassFixture<RuntimeFixture>
{
    private static readonly CurationNote Alice = new("checked", "alice");

    private const string Talha = "Pakistani police arrested Abu Talha, a courier for LeT, in Quetta on 1 April 2026, the provincial government said.";
    private const string Ashfaq = "Rana Mohammad Ashfaq, a commander of Lashkar-e-Taiba, met recruiters in Muridke in March 2026, officials said.";

    [Fact]
    public async Task AMergeIsStampedByTheClockNamesEachEntityByAMemberAndTakesEffectAtOnce()
    {
        await using var s = await CurationStore.OpenAsync(fixture.Runtime);
        await s.IngestAsync(("2 April 2026", Talha), ("5 April 2026", Ashfaq));
        var workflow = new CurationWorkflow(s.Runtime, s.Store, s.Clock);

        var result = await workflow.MergeAsync(["Abu Talha", "rana mohammad ashfaq"], Alice, CancellationToken.None);

        var curation = Assert.Single(await s.Store.ListCurationsAsync(CancellationToken.None));
        Assert.Equal(result.Curation.Id, curation.Id);
        Assert.Equal(result.Curation.Targets.AsEnumerable(), curation.Targets.AsEnumerable());
        Assert.Equal(CurationAction.Merge, curation.Action);
        Assert.Equal(s.Clock.Now, curation.At);
        Assert.Equal(("checked", "alice"), (curation.Reason, curation.Analyst));
        Assert.All(curation.Targets, t => Assert.Matches("^sha256:[0-9a-f]{64}#e[0-9]+$", t));
        var merged = Assert.Single(result.Entities);
        var members = await new NexusQueries(s.Store).MembersAsync(merged.Id, CancellationToken.None);
        Assert.Equal(["Abu Talha", "Rana Mohammad Ashfaq"], members.Select(m => m.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnAcronymThatNamesTwoEntitiesIsRefusedWithBoth()
    {
        await using var s = await CurationStore.OpenAsync(fixture.Runtime);
        await s.IngestAsync(
            ("6 May 2024", "Pakistan's Inter-Services Intelligence (ISI) funded the group in Quetta in 2024, officials said."),
            ("5 May 2008", "The Islamic State of Iraq (ISI) claimed the bombing in Baghdad on 4 May 2008, Iraqi officials said."));
        var workflow = new CurationWorkflow(s.Runtime, s.Store, s.Clock);

        var e = await Assert.ThrowsAsync<CurationException>(() => workflow.RenameAsync("ISI", "Something", Alice, CancellationToken.None));

        Assert.Equal(CurationProblem.Invalid, e.Problem);
        Assert.Contains("Inter-Services Intelligence", e.Message, StringComparison.Ordinal);
        Assert.Contains("Islamic State", e.Message, StringComparison.Ordinal);
        Assert.Empty(await s.Store.ListCurationsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ASplitMustNameMembersOfTheEntityAndLeaveOneBehind()
    {
        await using var s = await CurationStore.OpenAsync(fixture.Runtime);
        await s.IngestAsync(("2 April 2026", Talha), ("5 April 2026", Ashfaq));
        var workflow = new CurationWorkflow(s.Runtime, s.Store, s.Clock);
        var queries = new NexusQueries(s.Store);
        var talha = Assert.Single(await queries.NamedAsync("Abu Talha", CancellationToken.None));
        var own = Assert.Single(await queries.MembersAsync(talha.Id, CancellationToken.None)).Member;
        var ashfaq = Assert.Single(await queries.NamedAsync("Rana Mohammad Ashfaq", CancellationToken.None));
        var foreign = Assert.Single(await queries.MembersAsync(ashfaq.Id, CancellationToken.None)).Member;

        var stranger = await Assert.ThrowsAsync<CurationException>(() => workflow.SplitAsync("Abu Talha", [foreign], Alice, CancellationToken.None));
        var everything = await Assert.ThrowsAsync<CurationException>(() => workflow.SplitAsync("Abu Talha", [own], Alice, CancellationToken.None));

        Assert.Equal(CurationProblem.NotFound, stranger.Problem);
        Assert.Equal(CurationProblem.Invalid, everything.Problem);
        Assert.Empty(await s.Store.ListCurationsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TheSameDecisionAtTheSameInstantIsOneRecordAndALaterOneIsAnother()
    {
        await using var s = await CurationStore.OpenAsync(fixture.Runtime);
        await s.IngestAsync(("2 April 2026", Talha));
        var workflow = new CurationWorkflow(s.Runtime, s.Store, s.Clock);
        var claim = (await new NexusQueries(s.Store).ClaimsAsync(Assert.Single(await new NexusQueries(s.Store).NamedAsync("Abu Talha", CancellationToken.None)).Id, CancellationToken.None))[0];

        var first = await workflow.RejectClaimAsync(claim.Id, Alice, CancellationToken.None);
        await workflow.RejectClaimAsync(claim.Id, Alice, CancellationToken.None);
        s.Clock.Now += TimeSpan.FromMinutes(1);
        var confirmed = await workflow.ConfirmClaimAsync(claim.Id, Alice, CancellationToken.None);

        Assert.True(first.Claim!.Rejected);
        Assert.False(confirmed.Claim!.Rejected);
        Assert.Equal([CurationAction.RejectClaim, CurationAction.ConfirmClaim], (await s.Store.ListCurationsAsync(CancellationToken.None)).Select(c => c.Action));
    }

    [Fact]
    public async Task HistoryNamesMembersAndClaimsAsTheirDocumentsWriteThem()
    {
        await using var s = await CurationStore.OpenAsync(fixture.Runtime);
        await s.IngestAsync(("2 April 2026", Talha), ("5 April 2026", Ashfaq));
        var workflow = new CurationWorkflow(s.Runtime, s.Store, s.Clock);
        var queries = new NexusQueries(s.Store);
        var talha = Assert.Single(await queries.NamedAsync("Abu Talha", CancellationToken.None));
        var arrest = (await queries.ClaimsAsync(talha.Id, CancellationToken.None)).Single(c => c.Predicate == Predicate.Arrested);

        await workflow.RenameAsync("Abu Talha", "Abu Talha (courier)", Alice, CancellationToken.None);
        s.Clock.Now += TimeSpan.FromMinutes(1);
        await workflow.RejectClaimAsync(arrest.Id, new CurationNote(null, null), CancellationToken.None);

        var history = await queries.HistoryAsync(CancellationToken.None);
        Assert.Equal(["Abu Talha"], history[0].TargetNames);
        Assert.Equal("Abu Talha (courier)", history[0].Value);
        Assert.Equal(["Pakistani police —arrested → Abu Talha"], history[1].TargetNames);
        Assert.Null(history[1].Analyst);
        Assert.Equal("Abu Talha (courier)", (await s.Store.GetEntityAsync(talha.Id, CancellationToken.None))!.Name);
    }
}
