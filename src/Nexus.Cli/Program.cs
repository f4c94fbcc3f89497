using Nexus.Cli.Commands;
using Nexus.Storage;

namespace Nexus.Cli;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Nexus: an evidence graph of militant and state networks from open-source reporting.")
        {
            Options = { CliOptions.Store },
            Subcommands =
            {
                IngestCommand.Create(),
                ExtractCommand.Create(),
                EntitiesCommand.Create(),
                ShowCommand.Create(),
                ClaimsCommand.Create(),
                SearchCommand.Create(),
                MembersCommand.Create(),
                ScreenCommand.Create(),
                XrefCommand.Create(),
                MergeCommand.Create(),
                SplitCommand.Create(),
                RenameCommand.Create(),
                RejectClaimCommand.Create(),
                ConfirmClaimCommand.Create(),
                HistoryCommand.Create(),
                DataCommand.Create(),
                ServeCommand.Create(),
                TrainCommand.Create(),
                EvalCommand.Create(),
                BenchCommand.Create(),
                EvalClaimsCommand.Create(),
                ExportCommand.Create(),
                ImportCommand.Create(),
                BriefCommand.Create(),
                AssessCommand.Create(),
                BrokersCommand.Create(),
                PathCommand.Create(),
                TimelineCommand.Create(),
                ContradictionsCommand.Create(),
                SourceCommand.Create(),
            },
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine("nexus: " + error.Message);
            }
            return ExitCodes.Usage;
        }
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }, cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("nexus: cancelled; everything stored before the cancellation is kept.");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is StoreException or IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or InvalidOperationException)
        {
            Console.Error.WriteLine("nexus: " + e.Message);
            return ExitCodes.Failed;
        }
    }
}
