using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Nexus.Resolution.ReferenceData;
using Nexus.Text;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Nexus.Text.Models.Evaluation;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary>
/// <c>nexus bench [--data ../shared/data] [--words 200000] [--models DIR] [--output table|json]</c>:
/// model load times and memory, then words per second of each stage and of the whole extraction on
/// detokenised GMB text, one thread, next to a baseline from the same run.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The data folder holding gmb/ner_dataset.csv.", DefaultValueFactory = _ => "../shared/data" };
        var words = new Option<int>("--words") { Description = "How many words of GMB text to run over.", DefaultValueFactory = _ => 200_000 };
        var models = new Option<string?>("--models") { Description = "Folder of model files to measure instead of the embedded ones." };
        var output = new Option<string>("--output") { Description = "table for people, json for scripts.", DefaultValueFactory = _ => "table" };
        output.AcceptOnlyFromAmong("table", "json");
        var command = new Command("bench", "Measure model load time, memory and words per second of every extraction stage on one core.");
        command.Options.Add(data);
        command.Options.Add(words);
        command.Options.Add(models);
        command.Options.Add(output);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var gmb = Path.Combine(parseResult.GetValue(data)!, "gmb", "ner_dataset.csv");
            if (!File.Exists(gmb))
            {
                Console.Error.WriteLine($"No GMB text at '{gmb}'; pass --data with the shared data folder.");
                return Task.FromResult(ExitCodes.Usage);
            }
            var folder = parseResult.GetValue(models);
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var catalog = new ModelCatalog(folder);
            var pos = Timed(() => catalog.Pos, out var posLoad, out var posCpu);
            var ner = Timed(() => catalog.Ner, out var nerLoad, out var nerCpu);
            var parser = Timed(() => catalog.Parser, out var parserLoad, out var parserCpu);
            var memory = GC.GetTotalMemory(forceFullCollection: true) - before;

            var documents = ThroughputBench.DetokenisedGmb(gmb, parseResult.GetValue(words));
            // The product's own pipeline, over the embedded reference lists: every stage as it runs in `nexus ingest`.
            var gazetteer = new GazetteerMatcher(ReferenceLibrary.LoadEmbedded().Gazetteer);
            var stages = TextPipelines.Default(gazetteer, catalog).Build().Stages;
            // Warm-up passes first, so every stage runs fully optimised code (tiered JIT) when measured.
            var results = ThroughputBench.Measure(documents, stages, warmUpPasses: 3, passes: 3, cancellationToken);

            var report = new
            {
                models = new[]
                {
                    new { model = "pos", loadSeconds = posLoad.TotalSeconds, loadCpuSeconds = posCpu.TotalSeconds, memoryBytes = pos.MemoryBytes },
                    new { model = "ner", loadSeconds = nerLoad.TotalSeconds, loadCpuSeconds = nerCpu.TotalSeconds, memoryBytes = ner.MemoryBytes },
                    new { model = "parser", loadSeconds = parserLoad.TotalSeconds, loadCpuSeconds = parserCpu.TotalSeconds, memoryBytes = parser.MemoryBytes },
                },
                managedHeapGrowthBytes = memory,
                stages = results.Select(r => new
                {
                    stage = r.Name,
                    words = r.Words,
                    seconds = r.Elapsed.TotalSeconds,
                    cpuSeconds = r.Cpu.TotalSeconds,
                    wordsPerSecond = r.WordsPerSecond,
                    wordsPerCpuSecond = r.WordsPerCpuSecond,
                    ratioToBaseline = r.WordsPerCpuSecond / results[0].WordsPerCpuSecond,
                }),
            };
            if (parseResult.GetValue(output) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
                return Task.FromResult(ExitCodes.Ok);
            }
            var modelTable = new Table().AddColumns("model", "load wall (s)", "load CPU (s)", "weights in memory (MB)");
            foreach (var m in report.models)
            {
                modelTable.AddRow(m.model, F(m.loadSeconds, "F3"), F(m.loadCpuSeconds, "F3"), F(m.memoryBytes / 1048576.0, "F1"));
            }
            AnsiConsole.Write(modelTable);
            AnsiConsole.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Managed heap after loading all three: +{memory / 1048576.0:F1} MB"));
            var stageTable = new Table().AddColumns("stage", "wall s", "CPU s", "words/wall s", "words/CPU s", "× baseline (CPU)");
            foreach (var s in report.stages)
            {
                stageTable.AddRow(s.stage, F(s.seconds, "F3"), F(s.cpuSeconds, "F3"), F(s.wordsPerSecond, "N0"), F(s.wordsPerCpuSecond, "N0"), F(s.ratioToBaseline, "F4"));
            }
            AnsiConsole.Write(stageTable);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static T Timed<T>(Func<T> load, out TimeSpan elapsed, out TimeSpan cpu)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var value = load();
        elapsed = clock.Elapsed;
        process.Refresh();
        cpu = process.TotalProcessorTime - cpuBefore;
        return value;
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
