using System.Globalization;
using Nexus.Text;
using Nexus.Text.Claims.Calibration;
using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus train calibration --data ../shared/data --fold-models DIR [--gold FILE...] [--out models] [--claims FILE]</c>:
/// reads every re3d document with the product pipeline (each source folder with its held-out recogniser and relation
/// reader, the patterns' priors as confidence), labels the claims by the hand golds (and re3d's soft labels), scores
/// each candidate recipe on the hand-judged claims by leave-one-source-folder-out and leave-one-gold-out
/// cross-validation, fits the chosen one on every labelled claim and reports reliability out of sample;
/// <c>--claims</c> writes every labelled claim with its features and confidences for inspection.
/// </summary>
internal static class TrainCalibration
{
    public static void Run(string data, string? foldModels, IReadOnlyList<string> golds, string folder, string? claimsFile, CancellationToken cancellationToken)
    {
        var texts = Re3dRelationCorpus.Read(Path.Combine(data, "re3d"));
        var gazetteer = new GazetteerMatcher(CliOptions.Runtime.References.Gazetteer);
        var pipelines = new Re3dFoldPipelines(m => TextPipelines.Default(gazetteer, m, null), new ModelCatalog(), foldModels);
        var byName = golds.ToDictionary(g => Path.GetFileNameWithoutExtension(g), AttributionGold.Read, StringComparer.Ordinal);
        var claims = CalibrationCorpus.Read(pipelines, texts, byName, cancellationToken);
        var rates = LabelRates.Estimate(claims);
        var judged = claims.Count(c => c.Judged is not null);
        // The cross-validation tables carry this draft and are thrown away; the shipped table carries the comparison.
        var draft = new CalibrationProvenance
        {
            Command = "nexus train calibration " + (foldModels is null ? "(shipped recogniser and relation reader)" : "--fold-models DIR (re3d leave-one-source-out recognisers and relation readers)")
                + " --gold " + string.Join(' ', golds.Select(Path.GetFileName)),
            Data = $"re3d ({texts.Length} documents, all five source folders) read by the product pipeline"
                + (foldModels is null ? "" : ", each source folder with a recogniser and a relation reader trained without it")
                + $"; a claim is right or wrong by {string.Join(", ", golds.Select(Path.GetFileName))} where one judges it (a blind gold: any claim of its documents it does not list is wrong),"
                + " else, where the recipe fits soft labels, as likely as re3d's verdict is worth (rates)",
            Claims = claims.Length,
            Judged = judged,
            Rates = rates,
            Candidates = [],
            Chosen = new CandidateScore(CalibrationRecipe.Priors, false, 0, 0, 0, 0, 0),
        };
        var (scores, chosen) = CalibrationTrainer.Compare(claims, draft);
        var provenance = draft with { Candidates = scores, Chosen = chosen };
        var table = CalibrationTrainer.Fit(chosen.Recipe, chosen.SoftLabels, claims, provenance);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, CalibrationTable.FileName);
        using (var file = File.Create(path + ".partial"))
        {
            table.Save(file);
        }
        File.Move(path + ".partial", path, overwrite: true);

        var outOfSample = CalibrationTrainer.CrossValidate(chosen.Recipe, chosen.SoftLabels, claims, c => c.Folder, provenance);
        if (claimsFile is not null)
        {
            File.WriteAllLines(claimsFile, [
                "folder\tdocument\tgold\tjudged\tre3d\tprior\tcross_validated\tcalibrated\tpattern\tdistance\tmodality\targuments\trelation",
                .. claims.Select((c, i) => Line(c, outOfSample[i], table))]);
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{claims.Length} labelled claims from {claims.Select(c => c.DocumentId).Distinct().Count()} documents, {judged} judged by hand ({string.Join(", ", byName.Keys.Select(g => $"{g} {claims.Count(c => c.Gold == g)}"))}); of {rates.Pairs} claims both judge, right when re3d annotates them {rates.Annotated:F2}, when it does not {rates.Unannotated:F2}");
        var comparison = new Table { Title = new TableTitle($"candidates, out of sample on the {judged} claims judged by hand") }
            .AddColumns("recipe", "by source folder: ECE", "Brier", "by gold: ECE", "Brier");
        foreach (var s in scores)
        {
            comparison.AddRow(
                (s == chosen ? "* " : "") + s.Name, F(s.FolderEce), F(s.FolderBrier), F(s.GoldEce), F(s.GoldBrier));
        }
        comparison.Caption = new TableTitle("* chosen: least ECE by source folder among those with a Brier score no worse than the priors'");
        AnsiConsole.Write(comparison);
        var priors = CalibrationTrainer.CrossValidate(CalibrationRecipe.Priors, false, claims, c => c.Folder, provenance);
        var groups = byName.Keys.Select(g => (Title: g, Member: (Func<LabeledClaim, bool>)(c => c.Gold == g)))
            .Concat(claims.Select(c => c.Folder).Distinct().Order(StringComparer.Ordinal).Select(f => (Title: f, Member: (Func<LabeledClaim, bool>)(c => c.Folder == f))))
            .Prepend((Title: "all golds", Member: _ => true));
        foreach (var (title, member) in groups)
        {
            var members = Enumerable.Range(0, claims.Length).Where(i => claims[i].Judged is not null && member(claims[i])).ToList();
            var observed = members.Select(i => claims[i].Judged == true ? 1.0 : 0.0).ToList();
            Write($"{title}: priors", [.. members.Select(i => priors[i])], observed);
            if (chosen.Recipe != CalibrationRecipe.Priors)
            {
                Write($"{title}: {chosen.Name}, leave-one-source-out", [.. members.Select(i => outOfSample[i])], observed);
            }
        }
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"Wrote [bold]{path}[/]: {chosen.Name}, slope {table.Slope:F3}, intercept {table.Intercept:F3}, {table.Weights.Count} feature weights, {table.Curve.Length} curve points.");
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    private static string Line(LabeledClaim c, double crossValidated, CalibrationTable table) => string.Join('\t',
        c.Folder, c.DocumentId, c.Gold ?? "", Flag(c.Judged), Flag(c.Annotated), Number(c.Features.Prior), Number(crossValidated),
        Number(table.Calibrate(c.Features)),
        c.Features.Pattern, c.Features.Distance, c.Features.Modality, c.Features.Arguments, c.Features.Relation);

    private static string Flag(bool? value) => value switch
    {
        true => "1",
        false => "0",
        null => "",
    };

    private static string Number(double value) => double.IsNaN(value) ? "" : F(value);

    private static void Write(string title, IReadOnlyList<double> predicted, IReadOnlyList<double> observed)
    {
        var table = new Table { Title = new TableTitle(title) }.AddColumns("bin", "count", "mean predicted", "observed");
        foreach (var bin in Reliability.Table(predicted, observed))
        {
            table.AddRow(
                string.Create(CultureInfo.InvariantCulture, $"{bin.Low:F1}–{bin.High:F1}"), bin.Count.ToString(CultureInfo.InvariantCulture), F(bin.MeanPredicted), F(bin.Observed));
        }
        table.Caption = new TableTitle(string.Create(CultureInfo.InvariantCulture,
            $"ECE {Reliability.ExpectedCalibrationError(predicted, observed):F3}, Brier {Reliability.BrierScore(predicted, observed):F3}; mean predicted {(predicted.Count == 0 ? 0 : predicted.Average()):F3}, observed {(observed.Count == 0 ? 0 : observed.Average()):F3}; {predicted.Count} claims"));
        AnsiConsole.Write(table);
    }
}
