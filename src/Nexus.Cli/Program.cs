using System.CommandLine;
using Nexus.Cli.Commands;

namespace Nexus.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        var root = new RootCommand("Nexus: an evidence graph of militant and state networks from open-source reporting.");
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        return root.Parse(args).InvokeAsync();
    }
}
