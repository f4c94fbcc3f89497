using System.CommandLine;

namespace Nexus.Cli;

internal static class Program
{
    private static Task<int> Main(string[] args)
    {
        var root = new RootCommand("Nexus: an evidence graph of militant and state networks from open-source reporting.");
        return root.Parse(args).InvokeAsync();
    }
}
