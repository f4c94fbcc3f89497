using System.Globalization;
using Nexus.Text;
using Nexus.Text.Claims.Calibration;
using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus train calibration --data ../shared/data --fold-models DIR [--gold FILE...] [--held-out-gold FILE...] [--out models] [--claims FILE]</c>:
/// reads every re3d document with the product pipeline (each source folder with its held-out recogniser, the
/// patterns' priors as confidence), labels the claims, fits the calibration table and reports reliability before
/// and after, cross-validated by source folder and on the held-out golds' documents, together and each apart; <c>--claims</c> writes every
/// labelled claim with its features and confidences for inspection.
/// </summary>
internal static class TrainCalibration
{
    public static void Run(string data, string? foldModels, IReadOnlyList<string> golds, IReadOnlyList<string> heldOutGolds, string folder, string? claimsFile, CancellationToken cancellationToken)
    {
        var texts = Re3dRelationCorpus.Read(Path.Combine(data, "re3d"));
        var gazetteer = new GazetteerMatcher(CliOptions.Runtime.References.Gazetteer);
        var pipelines = new Re3dFoldPipelines(m => TextPipelines.Default(gazetteer, m, null), new ModelCatalog(), foldModels);
        var fitted = golds.ToDictionary(g => Path.GetFileNameWithoutExtension(g), AttributionGold.Read, StringComparer.Ordinal);
        var heldOut = heldOutGolds.ToDictionary(g => Path.GetFileNameWithoutExtension(g), AttributionGold.Read, StringComparer.Ordinal);
        if (heldOut.Keys.FirstOrDefault(fitted.ContainsKey) is { } both)
        {
            throw new ArgumentException($"The gold '{both}' is both fitted on (--gold) and held out (--held-out-gold); a gold can be one or the other.");
        }
        var corpus = CalibrationCorpus.Read(pipelines, texts, fitted, heldOut, cancellationToken);
        var training = corpus.Training;
        var rates = LabelRates.Estimate(training);
        var observed = training.Select(c => c.Target(rates)).ToList();
        var priors = training.Select(c => c.Features.Prior).ToList();
        var draft = new CalibrationProvenance
        {
            Command = "nexus train calibration " + (foldModels is null ? "(shipped recogniser)" : "--fold-models DIR (re3d leave-one-source-out recognisers)"),
            Data = $"re3d ({texts.Length} documents, all five source folders) read by the product pipeline"
                + (foldModels is null ? "" : ", each source folder with a recogniser trained without it")
                + $"; a claim is right by {string.Join(" or ", golds.Select(Path.GetFileName))} where one lists it, else as likely as re3d's verdict is worth (rates);"
                + $" the {heldOut.Values.SelectMany(rows => rows.Select(r => r.Document)).Distinct().Count()} documents of {string.Join(" and ", heldOutGolds.Select(Path.GetFileName))} held out",
            Claims = training.Length,
            Judged = training.Count(c => c.Judged is not null),
            Rates = rates,
            PriorEce = Math.Round(Reliability.ExpectedCalibrationError(priors, observed), 4),
            CrossValidatedEce = 0,
        };
        var crossValidated = CalibrationTrainer.CrossValidate(training, draft);
        var provenance = draft with { CrossValidatedEce = Math.Round(Reliability.ExpectedCalibrationError(crossValidated, observed), 4) };
        var table = CalibrationTrainer.Fit(training, provenance);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, CalibrationTable.FileName);
        using (var file = File.Create(path + ".partial"))
        {
            table.Save(file);
        }
        File.Move(path + ".partial", path, overwrite: true);
        if (claimsFile is not null)
        {
            File.WriteAllLines(claimsFile, [
                "set\tfolder\tdocument\tgold\tjudged\tre3d\ttarget\tprior\tcross_validated\tcalibrated\tpattern\tdistance\tmodality\targuments\trelation",
                .. training.Select((c, i) => Line("fit", c, rates, crossValidated[i], table)),
                .. corpus.HeldOut.Select(c => Line("held-out", c, rates, double.NaN, table))]);
        }

        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture,
            $"{training.Length} labelled claims from {training.Select(c => c.DocumentId).Distinct().Count()} documents, {draft.Judged} judged by hand; of {rates.Pairs} claims both judge, right when re3d annotates them {rates.Annotated:F2}, when it does not {rates.Unannotated:F2}");
        Write("patterns' priors (before)", priors, observed);
        Write("calibrated, leave-one-source-out", crossValidated, observed);
        var judged = Enumerable.Range(0, training.Length).Where(i => training[i].Judged is not null).ToList();
        Write("judged by hand only: priors", [.. judged.Select(i => priors[i])], [.. judged.Select(i => observed[i])]);
        Write("judged by hand only: calibrated, leave-one-source-out", [.. judged.Select(i => crossValidated[i])], [.. judged.Select(i => observed[i])]);
        WriteHeldOut($"held-out documents ({string.Join(" + ", heldOutGolds.Select(Path.GetFileName))})", corpus.HeldOut, rates, table);
        if (heldOut.Count > 1)
        {
            foreach (var name in heldOut.Keys)
            {
                WriteHeldOut($"held-out documents ({name}.tsv)", [.. corpus.HeldOut.Where(c => c.Gold == name)], rates, table);
            }
        }
        AnsiConsole.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Wrote [bold]{path}[/]: {table.Weights.Count} feature weights, {table.Curve.Length} curve points.");
    }

    private static string Line(string set, LabeledClaim c, LabelRates rates, double crossValidated, CalibrationTable table) => string.Join('\t',
        set, c.Folder, c.DocumentId, c.Gold ?? "", Flag(c.Judged), Flag(c.Annotated), Number(c.Target(rates)), Number(c.Features.Prior), Number(crossValidated),
        Number(table.Calibrate(c.Features)),
        c.Features.Pattern, c.Features.Distance, c.Features.Modality, c.Features.Arguments, c.Features.Relation);

    private static string Flag(bool? value) => value switch
    {
        true => "1",
        false => "0",
        null => "",
    };

    private static string Number(double value) => double.IsNaN(value) ? "" : value.ToString("F3", CultureInfo.InvariantCulture);

    private static void WriteHeldOut(string title, IReadOnlyList<LabeledClaim> claims, LabelRates rates, CalibrationTable table)
    {
        var observed = claims.Select(c => c.Target(rates)).ToList();
        Write(title + ": priors", [.. claims.Select(c => c.Features.Prior)], observed);
        Write(title + ": calibrated", [.. claims.Select(c => table.Calibrate(c.Features))], observed);
    }

    private static void Write(string title, IReadOnlyList<double> predicted, IReadOnlyList<double> observed)
    {
        var table = new Table { Title = new TableTitle(title) }.AddColumns("bin", "count", "mean predicted", "observed");
        foreach (var bin in Reliability.Table(predicted, observed))
        {
            table.AddRow(
                string.Create(CultureInfo.InvariantCulture, $"{bin.Low:F1}–{bin.High:F1}"), bin.Count.ToString(CultureInfo.InvariantCulture),
                bin.MeanPredicted.ToString("F3", CultureInfo.InvariantCulture), bin.Observed.ToString("F3", CultureInfo.InvariantCulture));
        }
        table.Caption = new TableTitle(string.Create(CultureInfo.InvariantCulture,
            $"ECE {Reliability.ExpectedCalibrationError(predicted, observed):F3}, Brier {Reliability.BrierScore(predicted, observed):F3}; mean predicted {(predicted.Count == 0 ? 0 : predicted.Average()):F3}, observed {(observed.Count == 0 ? 0 : observed.Average()):F3}; {predicted.Count} claims"));
        AnsiConsole.Write(table);
    }
}
