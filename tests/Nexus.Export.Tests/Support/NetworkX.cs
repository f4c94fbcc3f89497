using System.Diagnostics;
using System.Text.Json;

namespace Nexus.Export.Tests.Support;

/// <summary>Runs Debian's python3-networkx (scripts/setup.sh --test installs it) over an exported graph file.</summary>
public static class NetworkX
{
    public static async Task<JsonElement> LoadAsync(string format, string path, IEnumerable<string> nodeAttributes, IEnumerable<string> edgeAttributes)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Support", "check_graph.py");
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, format, path, string.Join(",", nodeAttributes), string.Join(",", edgeAttributes) })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"networkx could not load {path}: {await error}");
        return JsonDocument.Parse(await output).RootElement.Clone();
    }
}
