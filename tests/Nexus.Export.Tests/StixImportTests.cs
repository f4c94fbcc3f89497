using System.Text;
using System.Text.Json.Nodes;
using Nexus.Export.Stix;
using Nexus.Export.Tests.Support;

namespace Nexus.Export.Tests;

public sealed class StixImportTests(ReferenceStore reference) : IClassFixture<ReferenceStore>
{
    [Fact]
    public async Task ExportImportExportGivesTheSameObjects()
    {
        var first = StixExporter.Export(reference.Snapshot);
        await using var store = await reference.OpenEmptyAsync("round-trip");
        var summary = await ImportAsync(store, first);
        var second = StixExporter.Export(await new SnapshotReader(store, reference.Runtime.References).ReadAsync([], CancellationToken.None));

        Assert.Equal(1, summary.Added);
        Assert.Equal(3, summary.Curations);
        Assert.Equal(Objects(first), Objects(second));
        Assert.Equal(first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ImportingTheSameBundleTwiceAddsNothing()
    {
        var bundle = StixExporter.Export(reference.Snapshot);
        await using var store = await reference.OpenEmptyAsync("twice");
        await ImportAsync(store, bundle);
        var again = await ImportAsync(store, bundle);

        Assert.Equal((0, 1, 0), (again.Added, again.AlreadyStored, again.Curations));
        Assert.Equal(3, (await store.ListCurationsAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task AnImportedClaimKeepsItsHolderModalityAndEvidence()
    {
        await using var store = await reference.OpenEmptyAsync("provenance");
        await ImportAsync(store, StixExporter.Export(reference.Snapshot));
        var imported = await store.GetClaimsAsync(new ClaimQuery(), CancellationToken.None);

        foreach (var original in reference.Snapshot.Claims)
        {
            var copy = Assert.Single(imported, c => c.Id == original.Id);
            Assert.Equal(original.Claim with { Kinds = [] }, copy.Claim with { Kinds = [] });
            Assert.Equal([.. original.Claim.Kinds], copy.Claim.Kinds.ToArray());
            Assert.Equal(original.EvidenceText, copy.EvidenceText);
            Assert.Equal(original.Rejected, copy.Rejected);
        }
    }

    [Fact]
    public async Task ASecondHandHolderComesBackWithWhoPassedItOn()
    {
        var original = reference.Snapshot.Claims[0];
        var relayed = new Holder("Hafiz Saeed Khan", HolderKind.NamedPerson) { Via = new Holder("Abdul Rahim Muslim Dost", HolderKind.NamedPerson) };
        var nested = original with { Claim = original.Claim with { Holder = relayed } };
        await using var store = await reference.OpenEmptyAsync("via");
        await ImportAsync(store, StixExporter.Export(reference.Snapshot with { Claims = reference.Snapshot.Claims.SetItem(0, nested) }));

        var copy = Assert.Single(await store.GetClaimsAsync(new ClaimQuery(), CancellationToken.None), c => c.Id == original.Id);
        Assert.Equal(["Hafiz Saeed Khan", "Abdul Rahim Muslim Dost"], copy.Claim.Holder.Chain().Select(h => h.Text));
    }

    [Fact]
    public async Task AReportWhoseTextWasAlteredIsRefusedAndNothingIsStored()
    {
        var bundle = StixExporter.Export(reference.Snapshot);
        var report = StixBundles.OfType(bundle, "report").Single();
        report["description"] = report["description"]!.GetValue<string>() + " An added sentence.";

        await AssertRefusedAsync(bundle, "is not that document's text");
    }

    [Fact]
    public async Task AClaimNamingAnEntityItsReportLacksIsRefusedBeforeAnythingIsStored()
    {
        var bundle = StixExporter.Export(reference.Snapshot);
        var relationship = StixBundles.OfType(bundle, "relationship").First();
        relationship["x_nexus_subject_key"] = "e999";

        await AssertRefusedAsync(bundle, "entity e999 is not among the report's entities");
    }

    [Fact]
    public async Task AnotherProducersReportIsStoredAsClaimsItsAuthorReports()
    {
        await using var store = await reference.OpenEmptyAsync("apt1");
        await using var file = File.OpenRead(RepoPaths.SharedData("stix2-schemas", "examples", "threat-reports", "apt1.json"));

        var summary = await new StixImportWorkflow(reference.Runtime, store).RunAsync(file, CancellationToken.None);
        var claims = await store.GetClaimsAsync(new ClaimQuery(), CancellationToken.None);

        Assert.Equal(1, summary.Added);
        Assert.True(summary.Ignored > 0);
        Assert.NotEmpty(claims);
        Assert.All(claims, c =>
        {
            Assert.Equal(Modality.Reported, c.Claim.Modality);
            Assert.Equal(("the STIX bundle's author", HolderKind.Document), (c.Claim.Holder.Text, c.Claim.Holder.Kind));
            Assert.NotNull(c.Subject.EntityId);
        });
    }

    /// <summary>The import fails with a sentence holding <paramref name="reason"/>, and the store stays empty.</summary>
    private async Task AssertRefusedAsync(JsonObject bundle, string reason)
    {
        await using var store = await reference.OpenEmptyAsync("refused-" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ImportAsync(store, bundle));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await store.GetStatisticsAsync(CancellationToken.None)).Documents);
    }

    private async Task<StixImportSummary> ImportAsync(INexusStore store, JsonObject bundle)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(bundle.ToJsonString()));
        return await new StixImportWorkflow(reference.Runtime, store).RunAsync(stream, CancellationToken.None);
    }

    private static List<string> Objects(JsonObject bundle) => [.. StixBundles.Objects(bundle).Select(o => o.ToJsonString())];
}
