using System.Diagnostics;

namespace Nexus.Benchmarks.Web;

/// <summary>
/// Latencies of one load scenario, in milliseconds, and the CPU time the server process spent
/// meanwhile: CPU per request does not depend on how busy the rest of the machine is.
/// </summary>
internal sealed record LoadRun(string Scenario, int Clients, IReadOnlyList<double> Latencies, double Seconds, int Errors, TimeSpan ServerCpu)
{
    public double Percentile(double p)
    {
        var sorted = Latencies.Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
    }

    public double RequestsPerSecond => Latencies.Count / Seconds;

    public double CpuMsPerRequest => ServerCpu.TotalMilliseconds / Math.Max(1, Latencies.Count);

    /// <summary>
    /// <paramref name="clients"/> clients, each sending the next request as soon as the last one is
    /// answered, for <paramref name="duration"/>; a bounded loop against a loopback server only.
    /// </summary>
    public static async Task<LoadRun> MeasureAsync(
        string scenario, HttpClient http, Process server, Func<int, string> url, int clients, TimeSpan duration, CancellationToken cancellationToken)
    {
        server.Refresh();
        var cpuBefore = server.TotalProcessorTime;
        var latencies = new List<double>[clients];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var mine = latencies[client] = [];
            for (var i = client * 7919; clock.Elapsed < duration; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(url(i), HttpCompletionOption.ResponseContentRead, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        server.Refresh();
        return new LoadRun(scenario, clients, [.. latencies.SelectMany(l => l)], seconds, errors, server.TotalProcessorTime - cpuBefore);
    }
}
