using System.Globalization;
using Nexus.Resolution.ReferenceData;
using Nexus.Testing;
using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Xunit.Abstractions;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// The hand-written golds of Claims/Gold read as specifications: the claims the product pipeline (lists, rules
/// and the embedded models) reads from 44 CENTCOM and State Department documents and from the 32 UK Government,
/// Australian DFAT and EU Delegation documents keep the holder and modality a reader gives them.
/// re3d-attribution.tsv was written after reading Nexus's output; re3d-attribution-blind.tsv (second round),
/// re3d-attribution-blind-3.tsv (third round) and re3d-attribution-blind-4.tsv (fourth round) before. The texts stay
/// in ../shared; the golds only quote them.
/// </summary>
public sealed class Re3dAttributionGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<Re3dText>> Texts = new(() => Re3dRelationCorpus.Read(RepoPaths.SharedData("re3d")));

    [Theory]
    [InlineData("Da'esh", "Da’esh", true)]
    [InlineData("Da'esh|ISIL", "ISIL spokesman", true)]
    [InlineData("Da'esh", "Taliban", false)]
    public void AHolderIsJudgedAsWrittenCurlyApostrophesAside(string gold, string read, bool same) =>
        Assert.Equal(same, AttributionMatcher.SameHolder(gold, new Holder(read, HolderKind.Organization)));

    [Fact]
    public void ClaimsInTheJudgedGoldDocumentsKeepTheirHolderAndModality()
    {
        var result = Evaluate("re3d-attribution.tsv");
        Assert.True(result.Found >= result.Expected * 0.8, $"Only {result.Found} of {result.Expected} gold claims were extracted.");
        Assert.True(result.ModalityAccuracy >= 0.90, $"Modality accuracy {result.ModalityAccuracy:F3} is below 0.90.");
        Assert.True(result.HolderAccuracy >= 0.85, $"Holder accuracy {result.HolderAccuracy:F3} is below 0.85.");
    }

    [Fact]
    public void ClaimsInTheBlindGoldDocumentsKeepTheirHolderAndModality()
    {
        var result = Evaluate("re3d-attribution-blind.tsv");
        // Most expected claims are lost to entity recognition ("the coalition", "Syrian opposition forces"); the floor
        // guards what is read today. Of so few judged claims one disagreement costs 0.09: "Dae'sh claimed dual attacks
        // in … the Al-Sinek neighborhood in Baghdad" gives the place its claimant, where the gold gives it the author.
        Assert.True(result.Found >= 17, $"Only {result.Found} of {result.Expected} blind gold claims were extracted.");
        Assert.True(result.ModalityAccuracy >= 0.85, $"Modality accuracy {result.ModalityAccuracy:F3} is below 0.85.");
        Assert.True(result.HolderAccuracy >= 0.85, $"Holder accuracy {result.HolderAccuracy:F3} is below 0.85.");
    }

    [Fact]
    public void ClaimsInTheThirdRoundBlindGoldDocumentsKeepTheirHolderAndModality()
    {
        var result = Evaluate("re3d-attribution-blind-3.tsv");
        // A fifth of the expected claims is read: the daily strike releases list thirteen coalition members and the
        // places struck, most of them in lists no pattern reads. The floor guards what is read today.
        Assert.True(result.Found >= 29, $"Only {result.Found} of {result.Expected} third-round blind gold claims were extracted.");
        Assert.True(result.ModalityAccuracy >= 0.90, $"Modality accuracy {result.ModalityAccuracy:F3} is below 0.90.");
        Assert.True(result.HolderAccuracy >= 0.90, $"Holder accuracy {result.HolderAccuracy:F3} is below 0.90.");
    }

    [Fact]
    public void ClaimsInTheFourthRoundBlindGoldDocumentsKeepTheirHolderAndModality()
    {
        var result = Evaluate("re3d-attribution-blind-4.tsv");
        // The UK Government's statements quote their minister without quotation marks after "X said:"; before that
        // was read as a quotation, half the claims read here came out the author's (modality 0.519, holder 0.500).
        // The floor guards what is read today.
        Assert.True(result.Found >= 60, $"Only {result.Found} of {result.Expected} fourth-round blind gold claims were extracted.");
        Assert.True(result.ModalityAccuracy >= 0.90, $"Modality accuracy {result.ModalityAccuracy:F3} is below 0.90.");
        Assert.True(result.HolderAccuracy >= 0.85, $"Holder accuracy {result.HolderAccuracy:F3} is below 0.85.");
    }

    private AttributionEvaluation Evaluate(string gold)
    {
        var rows = AttributionGold.Read(Path.Combine(AppContext.BaseDirectory, "Claims", "Gold", gold));
        var gazetteer = new GazetteerMatcher(ReferenceLibrary.LoadEmbedded().Gazetteer);
        var pipelines = new Re3dFoldPipelines(m => TextPipelines.Default(gazetteer, m), new ModelCatalog(), null);
        var result = AttributionEvaluator.Evaluate(pipelines, Texts.Value, rows, CancellationToken.None);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{gold}: {result.Judged} rows judged; {result.Found} of {result.Expected} relations that hold were read; modality accuracy {result.ModalityAccuracy:F3}; holder accuracy {result.HolderAccuracy:F3}"));
        foreach (var miss in result.Judgements.Where(j => j.Found && !(j.ModalityRight && j.HolderRight)))
        {
            output.WriteLine($"  {miss.Row.Document} {miss.Row.Subject} {miss.Row.Predicate} {miss.Row.Object}: {miss.Claim!.Modality}/{miss.Claim.Holder.Text}, gold {miss.Row.Modality}/{miss.Row.Holder}");
        }
        return result;
    }
}
