using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Nexus.Export.FollowTheMoney;
using Nexus.Export.Tables;
using Nexus.Export.Tests.Support;

namespace Nexus.Export.Tests;

public sealed class TableExportTests(ReferenceStore reference) : IClassFixture<ReferenceStore>
{
    private static readonly string[] FtmReferences = ["member", "organization", "subject", "object", "entity", "document", "involved"];

    [Fact]
    public async Task ClaimsCsvReadsBackWithEveryClaimItsHolderHedgeAndEvidence()
    {
        var path = Path.Combine(RepoPaths.TestOutput("export"), "claims.csv");
        await using (var writer = new StreamWriter(path))
        {
            await CsvExporter.WriteClaimsAsync(reference.Snapshot, writer, CancellationToken.None);
        }

        var rows = await ReadCsvAsync(path);

        Assert.Equal(reference.Snapshot.Claims.Length, rows.Count);
        foreach (var claim in reference.Snapshot.Claims)
        {
            var row = Assert.Single(rows, r => r["id"] == claim.Id);
            Assert.Equal(claim.EvidenceText, row["evidence"]);
            Assert.Equal(claim.Claim.Holder.Text, row["holder"]);
            Assert.Equal(Statements.EnumNames.Snake(claim.Claim.Modality), row["modality"]);
            Assert.Contains(Statements.ClaimStatement.AttributionVerb(claim.Claim.Modality), row["statement"], StringComparison.Ordinal);
            Assert.Equal(claim.Rejected ? "true" : "false", row["rejected"]);
        }
    }

    [Fact]
    public async Task ARelayedClaimNamesWhoPassedItOnInItsRowAndStatement()
    {
        var original = reference.Snapshot.Claims[0];
        var relayed = original with { Claim = original.Claim with { Holder = new Holder("Hafiz Saeed Khan", HolderKind.NamedPerson) { Via = new Holder("Abdul Rahim Muslim Dost", HolderKind.NamedPerson) } } };
        var path = Path.Combine(RepoPaths.TestOutput("export"), "claims-relayed.csv");
        await using (var writer = new StreamWriter(path))
        {
            await CsvExporter.WriteClaimsAsync(reference.Snapshot with { Claims = reference.Snapshot.Claims.SetItem(0, relayed) }, writer, CancellationToken.None);
        }

        var row = Assert.Single(await ReadCsvAsync(path), r => r["id"] == original.Id);
        Assert.Equal("Abdul Rahim Muslim Dost", row["holder_via"]);
        Assert.StartsWith("Hafiz Saeed Khan, as relayed by Abdul Rahim Muslim Dost, ", row["statement"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntitiesCsvHasARowPerEntity()
    {
        var path = Path.Combine(RepoPaths.TestOutput("export"), "entities.csv");
        await using (var writer = new StreamWriter(path))
        {
            await CsvExporter.WriteEntitiesAsync(reference.Snapshot, writer, CancellationToken.None);
        }

        var rows = await ReadCsvAsync(path);

        Assert.Equal(reference.Snapshot.Entities.Select(e => e.Id), rows.Select(r => r["id"]));
        Assert.Contains(rows, r => r["name"] == "Lashkar-e-Taiba" && r["refs"].Contains("un:QDe.118", StringComparison.Ordinal));
    }

    [Fact]
    public void FollowTheMoneyLinksResolveAndKeepTheirHedge()
    {
        var entities = FtmExporter.Entities(reference.Snapshot).ToList();
        var ids = entities.Select(e => e["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var schemas = entities.GroupBy(e => e["schema"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(ids.Count, entities.Count);
        Assert.All(new[] { "Person", "Organization", "PublicBody", "Membership", "UnknownLink", "Event", "Documentation", "Article" }, s => Assert.True(schemas.ContainsKey(s), s + " is missing"));
        var dangling = entities.SelectMany(e => FtmReferences.SelectMany(p => Values(e, p))).Where(id => !ids.Contains(id)).ToList();
        Assert.Empty(dangling);
        foreach (var link in entities.Where(e => Values(e, "recordId").Any()))
        {
            var claim = reference.Snapshot.Claims.Single(c => c.Id == Values(link, "recordId").Single());
            Assert.False(claim.Rejected);
            Assert.StartsWith(Statements.EnumNames.Snake(claim.Claim.Modality), Values(link, "status").Single(), StringComparison.Ordinal);
            Assert.Contains(claim.Claim.Holder.Text, Values(link, "description").Single(), StringComparison.OrdinalIgnoreCase);
            Assert.Equal(claim.EvidenceText, Values(link, "summary").Single());
        }
    }

    private static IEnumerable<string> Values(JsonObject entity, string property) =>
        entity["properties"]![property] is JsonArray values ? values.Select(v => v!.GetValue<string>()) : [];

    /// <summary>Python's csv module reads the file: an independent RFC 4180 reader.</summary>
    private static async Task<List<Dictionary<string, string>>> ReadCsvAsync(string path)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import csv, json, sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))))");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return JsonSerializer.Deserialize<List<Dictionary<string, string>>>(output)!;
    }
}
