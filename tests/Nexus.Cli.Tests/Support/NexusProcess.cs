using System.Diagnostics;

namespace Nexus.Cli.Tests.Support;

/// <summary>Runs the built <c>nexus</c> command as a separate process and captures what it prints.</summary>
public static class NexusProcess
{
    private static readonly string Dll = Locate();

    public static async Task<NexusRun> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NEXUS_STORE"] = "";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new NexusRun(process.ExitCode, await stdout, await stderr);
    }

    // The CLI built beside this test project, in the same configuration.
    private static string Locate()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepoPaths.Root, "src", "Nexus.Cli", "bin", configuration, "net10.0", "nexus.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/Nexus.Cli first: " + dll);
    }
}
