using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Nexus.Benchmarks.Web;

/// <summary>
/// One load scenario measured by <c>wrk</c> (Debian's HTTP load generator, in C: a process of its own,
/// far cheaper per request than a .NET client): latency percentiles in milliseconds, and the CPU time
/// the server process spent meanwhile, which does not depend on how busy the rest of the machine is.
/// </summary>
internal sealed record LoadRun(string Scenario, int Clients, int Requests, double Seconds, int Errors, double P50, double P95, double P99, TimeSpan ServerCpu, double LoadAverage)
{
    /// <summary>The line the Lua script's <c>done</c> writes: requests, errors, duration µs, p50, p95, p99 µs.</summary>
    private const string Marker = "nexus-load";

    public double RequestsPerSecond => Requests / Seconds;

    public double CpuMsPerRequest => ServerCpu.TotalMilliseconds / Math.Max(1, Requests);

    /// <summary>Where wrk is, or null with the sentence saying how to install it.</summary>
    public static string? Find(out string? missing)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "wrk")).FirstOrDefault(File.Exists);
        missing = found is null ? "The web bench needs wrk, the HTTP load generator, to load the server from a second process: apt-get install wrk" : null;
        return found;
    }

    /// <summary>The machine's load average over the last minute (Linux), at the end of a run: how busy the rest of the machine was.</summary>
    private static double LoadAverageNow() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) : double.NaN;

    /// <summary>
    /// A Lua script for wrk: each request asks one of <paramref name="paths"/> at random; a fresh
    /// request sends <c>Cache-Control: no-cache</c>, so the server answers it anew rather than from its
    /// response cache.
    /// </summary>
    public static string Script(string folder, string name, IReadOnlyList<string> paths, bool fresh)
    {
        var lua = new StringBuilder("local paths = {\n");
        foreach (var path in paths)
        {
            lua.Append("  \"").Append(path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\",\n");
        }
        lua.Append("}\n")
            .Append(fresh ? "local headers = { [\"Cache-Control\"] = \"no-cache\" }\n" : "local headers = {}\n")
            .Append($$"""
                math.randomseed(7)
                request = function()
                  return wrk.format("GET", paths[math.random(#paths)], headers)
                end
                done = function(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("{{Marker}} %d %d %d %d %d %d\n", summary.requests, e.connect + e.read + e.write + e.status + e.timeout,
                    summary.duration, latency:percentile(50), latency:percentile(95), latency:percentile(99)))
                end

                """);
        var file = Path.Combine(folder, name + ".lua");
        File.WriteAllText(file, lua.ToString());
        return file;
    }

    /// <summary>
    /// <paramref name="clients"/> connections, each sending its next request as soon as the last one is
    /// answered, for <paramref name="duration"/>: wrk on one thread against a loopback server only.
    /// </summary>
    public static async Task<LoadRun> MeasureAsync(
        string scenario, string wrk, string script, string baseUrl, Process server, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        server.Refresh();
        var cpuBefore = server.TotalProcessorTime;
        var start = new ProcessStartInfo(wrk, ["-t1", $"-c{clients}", $"-d{Math.Max(1, (int)duration.TotalSeconds)}s", "--timeout", "10s", "-s", script, baseUrl])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var load = Process.Start(start)!;
        var output = await load.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = await load.StandardError.ReadToEndAsync(cancellationToken);
        await load.WaitForExitAsync(cancellationToken);
        server.Refresh();
        var cpu = server.TotalProcessorTime - cpuBefore;
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk gave no result for {scenario} (exit {load.ExitCode}): {error.Trim()}");
        var n = line[Marker.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new LoadRun(scenario, clients, (int)n[0], n[2] / 1e6, (int)n[1], n[3] / 1e3, n[4] / 1e3, n[5] / 1e3, cpu, LoadAverageNow());
    }
}
