using System.Text.Json;

namespace Nexus.Cli.Tests;

/// <summary>
/// Merge, split, rename, reject and confirm through the CLI: stored as curations, effective at once,
/// still in force after more documents are ingested and resolution is recomputed, and listed by history.
/// </summary>
public sealed class CurationCommandTests
{
    private const string AshfaqInMuridke = "Rana Mohammad Ashfaq, a commander of Lashkar-e-Taiba, met recruiters in Muridke in March 2026, officials said.";
    private const string AshfaqInLahore = "Rana Muhammad Ashfaq, the chief of Lashkar-e-Taiba, addressed a rally in Lahore on 8 April 2026, witnesses said.";

    private static string Examples => Path.Combine(RepoPaths.Root, "examples");

    [Fact]
    public async Task MergeAndRenameSurviveIngestingMoreDocuments()
    {
        using var temp = new TempFolder();
        var first = Path.Combine(temp.Path, "first");
        Articles.Write(temp, "first/talha.txt", "2 April 2026", "Courier Detained in Quetta",
            "Pakistani police arrested Abu Talha, a courier for LeT, in Quetta on 1 April 2026, the provincial government said.");
        Articles.Write(temp, "first/ashfaq.txt", "5 April 2026", "Commander Seen in Muridke", AshfaqInMuridke);
        await IngestAsync(temp, first);

        var merge = await NexusProcess.RunAsync(temp.Path, "merge", "Abu Talha", "Rana Mohammad Ashfaq", "--reason", "kunya of Ashfaq", "--analyst", "alice");
        var rename = await NexusProcess.RunAsync(temp.Path, "rename", "Abu Talha", "Rana Mohammad Ashfaq (Abu Talha)", "--analyst", "alice");

        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.True(rename.ExitCode == 0, rename.ToString());
        Assert.Equal(2, (await MembersAsync(temp, "Abu Talha")).Count);

        var later = Articles.Write(temp, "later/ashfaq2.txt", "9 April 2026", "Recruitment Drive in Punjab", AshfaqInLahore);
        await IngestAsync(temp, later, Examples);

        var members = await MembersAsync(temp, "Abu Talha");
        var show = await NexusProcess.RunAsync(temp.Path, "show", "Abu Talha", "--format", "json");
        using var profile = JsonDocument.Parse(show.Out);
        Assert.Equal("Rana Mohammad Ashfaq (Abu Talha)", profile.RootElement.GetProperty("name").GetString());
        Assert.Equal(["Abu Talha", "Rana Mohammad Ashfaq", "Rana Muhammad Ashfaq"], members.Select(m => m.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains(members, m => m.GetProperty("reason").GetString()!.Contains("kunya of Ashfaq", StringComparison.Ordinal));

        var history = await NexusProcess.RunAsync(temp.Path, "history", "--format", "json");
        using var json = JsonDocument.Parse(history.Out);
        var decisions = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["merge", "rename"], decisions.Select(d => d.GetProperty("action").GetString()));
        Assert.Equal("kunya of Ashfaq", decisions[0].GetProperty("reason").GetString());
        Assert.Equal("alice", decisions[0].GetProperty("analyst").GetString());
        Assert.Equal(["Abu Talha", "Rana Mohammad Ashfaq"], decisions[0].GetProperty("target_names").EnumerateArray().Select(t => t.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("Rana Mohammad Ashfaq (Abu Talha)", decisions[1].GetProperty("value").GetString());
        Assert.True(decisions[0].GetProperty("at").GetDateTimeOffset() <= decisions[1].GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task SplitTakesAMemberOutAndKeepsItOutAfterMoreDocuments()
    {
        using var temp = new TempFolder();
        WriteAshfaqTwoWays(temp, "in");
        await IngestAsync(temp, Path.Combine(temp.Path, "in"));
        var before = await MembersAsync(temp, "Rana Muhammad Ashfaq");
        Assert.Equal(2, before.Count);
        var namesake = before.Single(m => m.GetProperty("name").GetString() == "Rana Muhammad Ashfaq").GetProperty("member").GetString()!;

        var split = await NexusProcess.RunAsync(temp.Path, "split", "Rana Mohammad Ashfaq", namesake, "--reason", "a namesake");
        await IngestAsync(temp, Examples);

        Assert.True(split.ExitCode == 0, split.ToString());
        var after = await MembersAsync(temp, "Rana Mohammad Ashfaq");
        Assert.Equal("Rana Mohammad Ashfaq", Assert.Single(after).GetProperty("name").GetString());
        var other = await MembersAsync(temp, "Rana Muhammad Ashfaq");
        Assert.Contains("a namesake", Assert.Single(other).GetProperty("reason").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARejectedClaimStaysRejectedAfterMoreDocumentsAndAConfirmationLiftsIt()
    {
        using var temp = new TempFolder();
        await IngestAsync(temp, Path.Combine(Examples, "iskp-let-recruiters.txt"));
        var table = await NexusProcess.RunAsync(temp.Path, "claims", "Qari Zubair Ahmed");
        var claimId = (await ClaimsAsync(temp, "Qari Zubair Ahmed")).First().GetProperty("id").GetString()!;
        Assert.Contains(claimId, table.Out, StringComparison.Ordinal);

        var reject = await NexusProcess.RunAsync(temp.Path, "reject-claim", claimId, "--reason", "wrong person");
        await IngestAsync(temp, Examples);

        Assert.True(reject.ExitCode == 0, reject.ToString());
        Assert.True(Rejected(await ClaimsAsync(temp, "Qari Zubair Ahmed"), claimId));
        Assert.Contains("(rejected by an analyst)", (await NexusProcess.RunAsync(temp.Path, "claims", "Qari Zubair Ahmed")).Out, StringComparison.Ordinal);

        var confirm = await NexusProcess.RunAsync(temp.Path, "confirm-claim", claimId);

        Assert.True(confirm.ExitCode == 0, confirm.ToString());
        Assert.False(Rejected(await ClaimsAsync(temp, "Qari Zubair Ahmed"), claimId));
        var history = await NexusProcess.RunAsync(temp.Path, "history");
        Assert.Contains("reject_claim", history.Out, StringComparison.Ordinal);
        Assert.Contains("confirm_claim", history.Out, StringComparison.Ordinal);
        Assert.Contains("wrong person", history.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedDecisionsGiveOneErrorLineAndStoreNothing()
    {
        using var temp = new TempFolder();
        await IngestAsync(temp, Path.Combine(Examples, "iskp-let-recruiters.txt"));

        var unknown = await NexusProcess.RunAsync(temp.Path, "merge", "Nobody Atall", "Qari Zubair Ahmed");
        var same = await NexusProcess.RunAsync(temp.Path, "merge", "Mengal", "Mir Shafiq Mengal");
        var types = await NexusProcess.RunAsync(temp.Path, "merge", "ISKP", "Mir Shafiq Mengal");
        var stranger = await NexusProcess.RunAsync(temp.Path, "split", "Mengal", "sha256:0000#e1");
        var claim = await NexusProcess.RunAsync(temp.Path, "reject-claim", "sha256:0000#c1");
        var blank = await NexusProcess.RunAsync(temp.Path, "rename", "Mengal", "  ");
        var tooFew = await NexusProcess.RunAsync(temp.Path, "merge", "Mengal");

        foreach (var (run, code) in new[] { (unknown, 4), (same, 1), (types, 1), (stranger, 4), (claim, 4), (blank, 1), (tooFew, 2) })
        {
            Assert.True(run.ExitCode == code, run.ToString());
            Assert.Single(run.ErrorLines);
            Assert.StartsWith("nexus: ", run.ErrorLines[0], StringComparison.Ordinal);
        }
        Assert.Equal("No curations yet.", (await NexusProcess.RunAsync(temp.Path, "history")).Out.Trim());
    }

    [Fact]
    public async Task ThreeSpellingsOfOnePersonAreOneEntityWhileNamesakesStayApart()
    {
        using var temp = new TempFolder();
        Articles.Write(temp, "in/a.txt", "5 April 2026", "Commander Seen in Muridke", AshfaqInMuridke);
        Articles.Write(temp, "in/b.txt", "9 April 2026", "Recruitment Drive in Punjab",
            AshfaqInLahore + " Naseem Baloch, the leader of the Baloch National Movement, condemned the rally.");
        Articles.Write(temp, "in/c.txt", "12 April 2026", "Arrests in Lahore",
            "Police said R. M. Ashfaq, the chief of Lashkar-e-Taiba, left Lahore on 10 April 2026. Karima Baloch, a spokeswoman of the Baloch National Movement, denied any contact with him.");
        await IngestAsync(temp, Path.Combine(temp.Path, "in"));

        var ashfaq = await MembersAsync(temp, "Rana Mohammad Ashfaq");
        var naseem = await MembersAsync(temp, "Naseem Baloch");

        Assert.Equal(["R. M. Ashfaq", "Rana Mohammad Ashfaq", "Rana Muhammad Ashfaq"], ashfaq.Select(m => m.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(3, ashfaq.Select(m => m.GetProperty("document_id").GetString()).Distinct().Count());
        Assert.Equal("Naseem Baloch", Assert.Single(naseem).GetProperty("name").GetString());
    }

    /// <summary>Two articles naming one man two ways, in <paramref name="folder"/>.</summary>
    private static void WriteAshfaqTwoWays(TempFolder temp, string folder)
    {
        Articles.Write(temp, folder + "/a.txt", "5 April 2026", "Commander Seen in Muridke", AshfaqInMuridke);
        Articles.Write(temp, folder + "/b.txt", "9 April 2026", "Recruitment Drive in Punjab", AshfaqInLahore);
    }

    private static async Task IngestAsync(TempFolder temp, params string[] paths)
    {
        var run = await NexusProcess.RunAsync(temp.Path, ["ingest", .. paths]);
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    private static async Task<List<JsonElement>> MembersAsync(TempFolder temp, string name)
    {
        var run = await NexusProcess.RunAsync(temp.Path, "members", name, "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        return [.. JsonDocument.Parse(run.Out).RootElement.GetProperty("members").EnumerateArray()];
    }

    private static async Task<List<JsonElement>> ClaimsAsync(TempFolder temp, string name)
    {
        var run = await NexusProcess.RunAsync(temp.Path, "claims", name, "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        return [.. JsonDocument.Parse(run.Out).RootElement.EnumerateArray()];
    }

    private static bool Rejected(List<JsonElement> claims, string id) =>
        claims.Single(c => c.GetProperty("id").GetString() == id).GetProperty("rejected").GetBoolean();
}
