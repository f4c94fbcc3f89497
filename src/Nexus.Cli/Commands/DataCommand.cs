using System.Globalization;
using Nexus.Cli.Output;
using Nexus.Resolution.ReferenceData.Build;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus data build --from ../shared/data [--out data]</c>: rebuilds the reference artefacts
/// (UN list, MISP galaxies, GeoNames places, countries, mention gazetteer) from the open data. They
/// are embedded in the assembly, so the build must be rebuilt for new data to take effect.
/// </summary>
internal static class DataCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The shared data folder (holding un-sanctions/, misp-galaxy/, geonames/, countries/, ud-english-ewt/, gmb/).", Required = true };
        var output = new Option<string>("--out") { Description = "Where to write the artefacts.", DefaultValueFactory = _ => "data" };
        var format = CliOptions.Format();
        var build = new Command("build", "Build the reference artefacts (data/*.gz) from the open data sets.") { from, output, format };
        build.SetAction(parse =>
        {
            var (source, target) = (parse.GetValue(from)!, parse.GetValue(output)!);
            BuildReport report;
            try
            {
                report = ReferenceDataBuilder.Build(source, target);
            }
            catch (DirectoryNotFoundException e)
            {
                Printer.Error(e.Message);
                return ExitCodes.Failed;
            }
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(new { output = Path.GetFullPath(target), report });
                return ExitCodes.Ok;
            }
            Print(report, target);
            return ExitCodes.Ok;
        });
        return new Command("data", "Reference data: build the committed artefacts from the open data sets.") { build };
    }

    private static void Print(BuildReport report, string target)
    {
        var n = (long value) => value.ToString("N0", CultureInfo.InvariantCulture);
        var files = new Table().AddColumns("File", "Bytes (gzip)");
        foreach (var f in report.Files)
        {
            files.AddRow(Markup.Escape(Path.Combine(target, f.Name)), n(f.Bytes));
        }
        Printer.Out.Write(files);
        var g = report.Gazetteer;
        Printer.Out.WriteLine($"UN list: {n(report.UnIndividuals)} individuals, {n(report.UnEntities)} entities. MISP: {n(report.MispClusters)} clusters. "
            + $"Places: {n(report.Places)}. Countries: {n(report.Countries)}.");
        Printer.Out.WriteLine($"Gazetteer: {n(g.Entries)} entries ({n(g.CaseSensitive)} case-sensitive) from {n(g.Candidates)} candidate surfaces, "
            + $"{n(g.Dropped)} dropped; case rules from {n(g.CorpusTokens)} corpus tokens.");
        Printer.Out.WriteLine("The artefacts are embedded in the Nexus.Resolution assembly: rebuild nexus for the new data to take effect (./nexus rebuilds itself when data/ changes).");
    }
}
