using System.Text.Json;

namespace Nexus.Cli.Tests;

/// <summary>The read commands over a store holding the reference article and the examples.</summary>
public sealed class QueryCommandTests(IngestedStore store) : IClassFixture<IngestedStore>
{
    [Fact]
    public async Task ShowPrintsAliasesAndEveryClaimWithHolderModalityDateAndEvidence()
    {
        var run = await NexusProcess.RunAsync(store.Folder, "show", "Mengal");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Mir Shafiq Mengal", run.Out, StringComparison.Ordinal);
        Assert.Contains("Also known as:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Mengal", run.Out.Split("Also known as:")[1].Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("—sponsors → Islamic State Khorasan Province", run.Out, StringComparison.Ordinal);
        Assert.Contains("reported by unnamed sources", run.Out, StringComparison.Ordinal);
        Assert.Contains("around 2015 (2015-01-01..2015-12-31)", run.Out, StringComparison.Ordinal);
        Assert.Contains("“Widely accused of operating a private militia", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowAsJsonIsTheProfileWithClaims()
    {
        var run = await NexusProcess.RunAsync(store.Folder, "show", "Mengal", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("Mir Shafiq Mengal", json.RootElement.GetProperty("name").GetString());
        var claims = json.RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c =>
        {
            Assert.False(string.IsNullOrEmpty(c.GetProperty("holder").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("modality").GetString()));
            Assert.False(string.IsNullOrEmpty(c.GetProperty("evidence").GetProperty("text").GetString()));
        });
    }

    [Fact]
    public async Task AnUnknownNameIsNotFound()
    {
        var run = await NexusProcess.RunAsync(store.Folder, "show", "Nobody Atall");

        Assert.Equal(4, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public async Task SearchFindsDocumentsByTheirWords()
    {
        var run = await NexusProcess.RunAsync(store.Folder, "search", "Mastung", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.Contains(json.RootElement.EnumerateArray(), hit => hit.GetProperty("snippet").GetString()!.Contains("Mastung", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClaimsCanBeFilteredByPredicate()
    {
        var run = await NexusProcess.RunAsync(store.Folder, "claims", "LeT", "--predicate", "Leads", "--format", "json");

        using var json = JsonDocument.Parse(run.Out);
        var claims = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("leads", c.GetProperty("predicate").GetString()));
        Assert.Contains(claims, c => c.GetProperty("subject").GetProperty("name").GetString() == "Rana Mohammad Ashfaq");
    }

    [Fact]
    public async Task EntitiesListsTheStoredActors()
    {
        var run = await NexusProcess.RunAsync(store.Folder, "entities", "--type", "Person", "--limit", "100");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var person in new[] { "Mir Shafiq Mengal", "Saifullah Kasuri", "Hamadou Ag Moussa" })
        {
            Assert.Contains(person, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task XrefShowsWhichStoredEntityMatchesWhichListedRecord()
    {
        var table = await NexusProcess.RunAsync(store.Folder, "xref");
        var run = await NexusProcess.RunAsync(store.Folder, "xref", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var entries = json.RootElement.EnumerateArray().ToList();
        var let = entries.Single(e => e.GetProperty("name").GetString() == "Lashkar-e-Taiba");
        var qde118 = let.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("ref").GetString() == "un:QDe.118");
        Assert.True(qde118.GetProperty("attached").GetBoolean());
        Assert.All(entries, e => Assert.Contains(e.GetProperty("type").GetString(), new[] { "PERSON", "ORGANIZATION" }));
        Assert.DoesNotContain(entries.SelectMany(e => e.GetProperty("matches").EnumerateArray()), m => m.GetProperty("ref").GetString() == "un:QDi.424");
        Assert.Contains("un:QDe.118", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MembersListsTheHandlesASplitTakes()
    {
        var run = await NexusProcess.RunAsync(store.Folder, "members", "Mengal", "--format", "json");
        var show = await NexusProcess.RunAsync(store.Folder, "show", "Mengal");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var members = json.RootElement.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(2, members.Count);
        Assert.All(members, m => Assert.Matches("^sha256:[0-9a-f]{64}#e[0-9]+$", m.GetProperty("member").GetString()));
        Assert.All(members, m => Assert.False(string.IsNullOrEmpty(m.GetProperty("reason").GetString())));
        Assert.Contains("nexus members", show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimTablesShowTheIdsACurationTakes()
    {
        var table = await NexusProcess.RunAsync(store.Folder, "claims", "Mengal");
        var show = await NexusProcess.RunAsync(store.Folder, "show", "Mengal");
        var json = await NexusProcess.RunAsync(store.Folder, "claims", "Mengal", "--format", "json");

        using var claims = JsonDocument.Parse(json.Out);
        var ids = claims.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.Contains(id, table.Out, StringComparison.Ordinal));
        Assert.All(ids, id => Assert.Contains(id, show.Out, StringComparison.Ordinal));
    }
}
