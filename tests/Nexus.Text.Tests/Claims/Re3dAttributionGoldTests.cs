using System.Globalization;
using Nexus.Resolution.ReferenceData;
using Nexus.Testing;
using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Gazetteers;
using Xunit.Abstractions;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// The hand-written gold of Claims/Gold/re3d-attribution.tsv read as a specification: the claims Nexus
/// reads from 15 CENTCOM and State Department documents keep the holder and modality a reader gives them.
/// The texts stay in ../shared; the gold only quotes them.
/// </summary>
public sealed class Re3dAttributionGoldTests(ITestOutputHelper output)
{
    private sealed record GoldRow(string Document, string Subject, string Predicate, string Object, string Relation, string Modality, string Holder, string Quote);

    [Fact]
    public void ClaimsInTheGoldDocumentsKeepTheirHolderAndModality()
    {
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Claims", "Gold", "re3d-attribution.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("document\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .Select(f => new GoldRow(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]))
            .ToList();
        var texts = Re3dRelationCorpus.Read(RepoPaths.SharedData("re3d"));
        var pipeline = TextPipelines.Default(new GazetteerMatcher(ReferenceLibrary.LoadEmbedded().Gazetteer)).Build();
        var judged = new List<(GoldRow Gold, Claim Claim)>();
        foreach (var group in rows.GroupBy(r => r.Document))
        {
            var text = texts.Single(t => group.Key == t.Folder + "/" + t.Id[..8]);
            var document = pipeline.Run(Document.Create(text.Text, new DocumentMetadata()), CancellationToken.None);
            foreach (var claim in document.Claims)
            {
                var name = (string? key) => key is null ? "-" : document.Entity(key)!.Name;
                var candidates = group.Where(r => r.Relation != "missed" && r.Subject == name(claim.Subject)
                    && r.Predicate == Printer(claim.Predicate) && r.Object == name(claim.Object)).ToList();
                var evidence = Fold(claim.Evidence.Of(document.Text));
                var gold = candidates.FirstOrDefault(r => evidence.Contains(Fold(r.Quote.Split('…')[0].Trim()), StringComparison.Ordinal)) ?? candidates.FirstOrDefault();
                if (gold is not null)
                {
                    judged.Add((gold, claim));
                }
            }
        }
        var expected = rows.Count(r => r.Relation != "missed");
        var modality = judged.Count(j => Printer(j.Claim.Modality) == j.Gold.Modality) / (double)judged.Count;
        var holder = judged.Count(j => SameHolder(j.Gold.Holder, j.Claim.Holder)) / (double)judged.Count;
        var right = judged.Count(j => j.Gold.Relation == "right");
        var found = judged.Select(j => j.Gold).Distinct().Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{judged.Count} claims judged against {found} of {expected} gold rows; relations right {right}; modality accuracy {modality:F3}; holder accuracy {holder:F3}"));
        foreach (var bin in judged.GroupBy(j => Math.Floor(j.Claim.Confidence * 10) / 10).OrderBy(b => b.Key))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  confidence {bin.Key:F1}-{bin.Key + 0.1:F1}: {bin.Count()} claims, {bin.Count(j => j.Gold.Relation == "right")} right, mean confidence {bin.Average(j => j.Claim.Confidence):F2}"));
        }
        foreach (var miss in judged.Where(j => Printer(j.Claim.Modality) != j.Gold.Modality || !SameHolder(j.Gold.Holder, j.Claim.Holder)))
        {
            output.WriteLine($"  {miss.Gold.Document} {miss.Gold.Subject} {miss.Gold.Predicate} {miss.Gold.Object}: {miss.Claim.Modality}/{miss.Claim.Holder.Text}, gold {miss.Gold.Modality}/{miss.Gold.Holder}");
        }
        Assert.True(found >= expected * 0.8, $"Only {found} of {expected} gold claims were extracted.");
        Assert.True(modality >= 0.90, $"Modality accuracy {modality:F3} is below 0.90.");
        Assert.True(holder >= 0.85, $"Holder accuracy {holder:F3} is below 0.85.");
    }

    private static string Printer<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string Fold(string text) => text.Replace('’', '\'').Replace('\n', ' ');

    // "author" is the author; otherwise one text holds the other ("Combined Joint Task Force" within the news release's name).
    private static bool SameHolder(string gold, Holder holder) =>
        gold == "author"
            ? holder.Kind == HolderKind.Author
            : holder.Kind != HolderKind.Author
              && (gold.Contains(holder.Text, StringComparison.OrdinalIgnoreCase) || holder.Text.Contains(gold, StringComparison.OrdinalIgnoreCase));
}
