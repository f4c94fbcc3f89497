using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace Nexus.Benchmarks.Web;

/// <summary>
/// <c>dotnet run -c Release --project bench/Nexus.Benchmarks -- web [--claims N] [--clients N] [--seconds N] [--store FILE] [--api-only] [--baseline PROGRAM]</c>:
/// builds a synthetic store, starts the web server in a second process on loopback, then measures
/// (1) the assessment the analysis endpoints share, cold (the first request after start reads and
/// grades the whole store) against warm (cached); (2) API latency under concurrent clients, the load
/// coming from <c>wrk</c> in a process of its own (<c>apt-get install wrk</c>), each scenario against a
/// baseline in the same run — the same requests from one client, and a static file under the same
/// load — for fresh requests (random entities and names out of thousands, answered anew) and repeated
/// ones (answered from the response cache); (3) in Debian's Chromium, rendering the 1,000-claim
/// profile against a small profile, and the graph view at about 2,000 nodes (the API's maximum of
/// 5,000 edges) against 200 nodes. <c>--api-only</c> measures profile and search latency alone (no
/// assessment, no browser). <c>--baseline PROGRAM</c> (the <c>Nexus.Benchmarks</c> program of another
/// build, such as the code before a change) serves a copy of the store from a second server beside
/// this build's, and each API run is made on both in turn, so that the two are compared under the
/// same load on the machine.
/// </summary>
public static class WebBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var claims = Option(args, "--claims", 100_000);
        var clients = Option(args, "--clients", 20);
        var seconds = Option(args, "--seconds", 15);
        var apiOnly = args.Contains("--api-only");
        var baseline = args.Contains("--baseline") ? Path.GetFullPath(args[Array.IndexOf(args, "--baseline") + 1]) : null;
        if (baseline is not null && !File.Exists(baseline))
        {
            Console.Error.WriteLine($"--baseline names no program: {baseline} does not exist.");
            return 1;
        }
        if (LoadRun.Find(out var missing) is not { } wrk)
        {
            Console.Error.WriteLine(missing);
            return 1;
        }
        var folder = Directory.CreateTempSubdirectory("nexus-web-bench-").FullName;
        // --store keeps the synthetic store for later runs: building 100,000 claims takes a while.
        var store = args.Contains("--store") ? Path.GetFullPath(args[Array.IndexOf(args, "--store") + 1]) : Path.Combine(folder, "bench.db");
        var cancel = CancellationToken.None;
        try
        {
            if (!File.Exists(store))
            {
                var built = Stopwatch.StartNew();
                await SyntheticStore.BuildAsync(store, claims, cancel);
                Console.WriteLine(FormattableString.Invariant($"Store: {claims:N0} claims built in {built.Elapsed.TotalSeconds:0.0} s ({new FileInfo(store).Length / 1e6:0} MB)."));
            }
            var port = 5190 + Environment.ProcessId % 100;
            var baseUrl = $"http://127.0.0.1:{port}";
            var servers = new List<Server> { new("now", StartServer(Environment.ProcessPath!, store, baseUrl), baseUrl) };
            try
            {
                if (baseline is not null)
                {
                    // A copy, so that neither server's page cache or write-ahead log favours the other.
                    var copy = Path.Combine(folder, "baseline.db");
                    File.Copy(store, copy);
                    var baselineUrl = $"http://127.0.0.1:{port + 100}";
                    servers.Insert(0, new("before", StartServer(baseline, copy, baselineUrl), baselineUrl));
                }
                using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
                foreach (var server in servers)
                {
                    using var client = new HttpClient { BaseAddress = new Uri(server.Url) };
                    await WaitForAsync(client, cancel);
                }
                if (!apiOnly)
                {
                    await AssessmentAsync(http, cancel);
                }
                await ApiAsync(servers, wrk, folder, clients, TimeSpan.FromSeconds(seconds), apiOnly, cancel);
                if (!apiOnly)
                {
                    await BrowserAsync(baseUrl);
                }
            }
            finally
            {
                foreach (var server in servers)
                {
                    server.Process.Kill(entireProcessTree: true);
                    await server.Process.WaitForExitAsync(cancel);
                    server.Process.Dispose();
                }
            }
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task ApiAsync(IReadOnlyList<Server> servers, string wrk, string folder, int clients, TimeSpan duration, bool apiOnly, CancellationToken cancel)
    {
        var people = Enumerable.Range(0, SyntheticStore.People).Select(i => $"/api/entities/{SyntheticStore.PersonId(i)}").ToArray();
        var searches = SyntheticStore.SearchNames.Select(n => $"/api/search?q={Uri.EscapeDataString(n)}").ToArray();
        // Fresh requests are answered anew (Cache-Control: no-cache), as after any write or for a request
        // not seen before; repeated ones may come from the response cache, which holds them all first.
        var scenarios = new (string Name, string[] Paths, bool Fresh)[]
        {
            ("static file (floor)", ["/index.html"], false),
            ("profile, random person, fresh", people, true),
            ("profile, random person, repeated", people, false),
            ("search, a person's name, fresh", searches, true),
            ("search, a person's name, repeated", searches, false),
            ("profile, 1,000 claims, fresh", [$"/api/entities/{SyntheticStore.HubId}"], true),
            ("graded assertions of the 1,000-claim entity", [$"/api/entities/{SyntheticStore.HubId}/assertions"], false),
        };
        // The assertions scenario would grade the whole store first: --api-only leaves it out.
        scenarios = apiOnly ? scenarios[..^1] : scenarios;
        var scripts = scenarios.Select((s, i) => LoadRun.Script(folder, $"scenario{i}", s.Paths, s.Fresh)).ToArray();
        // Warm-up: the server's code reaches its optimised tier before anything is measured.
        foreach (var server in servers)
        {
            for (var i = 0; i < scenarios.Length; i++)
            {
                await LoadRun.MeasureAsync(scenarios[i].Name, wrk, scripts[i], server.Url, server.Process, 4, TimeSpan.FromSeconds(5), cancel);
            }
        }
        Console.WriteLine();
        Console.WriteLine($"API latency in ms ({duration.TotalSeconds:0} s a run, load from wrk in a second process); baseline: the same requests from 1 client; server CPU ms per request");
        var build = servers.Count > 1 ? " build |" : "";
        Console.WriteLine($"|{build} scenario | clients | requests | req/s | p50 | p95 | p99 | errors | p95 ÷ 1-client p95 | server CPU ms/request | load average |");
        Console.WriteLine($"|{(servers.Count > 1 ? "---|" : "")}---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < scenarios.Length; i++)
        {
            foreach (var server in servers)
            {
                if (!scenarios[i].Fresh && scenarios[i].Paths.Length > 1)
                {
                    using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
                    await AskEachAsync(http, scenarios[i].Paths, cancel);
                }
            }
            // Each server in turn for each run, so that both meet the same load from the rest of the machine.
            var singles = new Dictionary<Server, LoadRun>();
            foreach (var server in servers)
            {
                singles[server] = await LoadRun.MeasureAsync(scenarios[i].Name, wrk, scripts[i], server.Url, server.Process, 1, duration / 3, cancel);
                Row(servers.Count > 1 ? server.Build : null, singles[server], singles[server]);
            }
            foreach (var server in servers)
            {
                var loaded = await LoadRun.MeasureAsync(scenarios[i].Name, wrk, scripts[i], server.Url, server.Process, clients, duration, cancel);
                Row(servers.Count > 1 ? server.Build : null, loaded, singles[server]);
            }
        }
    }

    /// <summary>Asks every path once, so that the response cache holds each answer.</summary>
    private static async Task AskEachAsync(HttpClient http, IEnumerable<string> paths, CancellationToken cancel)
    {
        foreach (var path in paths)
        {
            using var response = await http.GetAsync(path, cancel);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>The first analysis request grades the whole store; later ones reuse the cached assessment.</summary>
    private static async Task AssessmentAsync(HttpClient http, CancellationToken cancel)
    {
        static async Task<double> TimeAsync(HttpClient http, CancellationToken cancel)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync("/api/assertions?limit=1", cancel);
            response.EnsureSuccessStatusCode();
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        var cold = await TimeAsync(http, cancel);
        var warm = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            warm.Add(await TimeAsync(http, cancel));
        }
        var median = warm.Order().ElementAt(warm.Count / 2);
        Console.WriteLine();
        Console.WriteLine("Assessment shared by the analysis endpoints (GET /api/assertions?limit=1), ms");
        Console.WriteLine("| request | ms | ÷ warm |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(FormattableString.Invariant($"| cold: first after start, grades the whole store | {cold:0} | {cold / median:0} |"));
        Console.WriteLine(FormattableString.Invariant($"| warm: cached assessment, median of 20 | {median:0.0} | 1 |"));
    }

    private static void Row(string? build, LoadRun run, LoadRun baseline) => Console.WriteLine(FormattableString.Invariant(
        $"|{(build is null ? "" : $" {build} |")} {run.Scenario} | {run.Clients} | {run.Requests:N0} | {run.RequestsPerSecond:0} | {run.P50:0.0} | {run.P95:0.0} | {run.P99:0.0} | {run.Errors} | {run.P95 / baseline.P95:0.00} | {run.CpuMsPerRequest:0.00} | {run.LoadAverage:0.0} |"));

    private static async Task BrowserAsync(string baseUrl)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(baseUrl + "/#/documents");
        await page.Locator("table").WaitForAsync();

        Console.WriteLine();
        Console.WriteLine("Chromium (headless, Debian), median of 5; time from navigation to painted page, ms");
        Console.WriteLine("| page | median | ÷ baseline | of which the API answer (fetch + JSON) |");
        Console.WriteLine("|---|---:|---:|---:|");
        var small = await MedianAsync(() => TimeRouteAsync(page, $"#/entity/{SyntheticStore.PersonId(1)}", ".claim"));
        var smallFetch = await MedianAsync(() => TimeFetchAsync(page, $"/api/entities/{SyntheticStore.PersonId(1)}"));
        var hub = await MedianAsync(() => TimeRouteAsync(page, $"#/entity/{SyntheticStore.HubId}", ".claim"));
        var hubFetch = await MedianAsync(() => TimeFetchAsync(page, $"/api/entities/{SyntheticStore.HubId}"));
        Console.WriteLine(FormattableString.Invariant($"| profile, small (baseline) | {small:0} | 1.00 | {smallFetch:0} |"));
        Console.WriteLine(FormattableString.Invariant($"| profile, 1,000 claims | {hub:0} | {hub / small:0.00} | {hubFetch:0} |"));

        var graphSmall = await GraphAsync(page, 100);
        var graphLarge = await GraphAsync(page, Nexus.Web.Graph.GraphEndpoints.MaxEdges);
        Console.WriteLine();
        Console.WriteLine("Graph view: first paint, frames while the mouse wheel zooms in and out (40 wheel events), a node tap to its panel");
        Console.WriteLine("| graph | nodes | edges | first paint ms | mean frame ms | worst frame ms | tap → panel ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (label, g) in new[] { ("baseline", graphSmall), ("large", graphLarge) })
        {
            Console.WriteLine(FormattableString.Invariant(
                $"| {label} | {g.Nodes} | {g.Edges} | {g.Paint:0} | {g.MeanFrame:0.0} | {g.WorstFrame:0.0} | {g.Tap:0} |"));
        }
    }

    private static async Task<double> MedianAsync(Func<Task<double>> measure)
    {
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            times.Add(await measure());
        }
        return times.Order().ElementAt(times.Count / 2);
    }

    /// <summary>Navigates inside the loaded app and waits for the selector to appear and two frames to paint.</summary>
    private static async Task<double> TimeRouteAsync(IPage page, string hash, string selector)
    {
        await page.EvaluateAsync("() => { location.hash = '#/documents'; }");
        await page.Locator("table").WaitForAsync();
        return await page.EvaluateAsync<double>(
            """
            async ([hash, selector]) => {
              const t0 = performance.now();
              location.hash = hash;
              while (!document.querySelector('#view ' + selector)) await new Promise((r) => setTimeout(r, 5));
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
              return performance.now() - t0;
            }
            """,
            new[] { hash, selector });
    }

    private static Task<double> TimeFetchAsync(IPage page, string url) => page.EvaluateAsync<double>(
        "async (url) => { const t0 = performance.now(); await (await fetch(url)).json(); return performance.now() - t0; }", url);

    private static async Task<GraphTiming> GraphAsync(IPage page, int edges)
    {
        await page.EvaluateAsync("() => { location.hash = '#/documents'; }");
        await page.Locator("table").WaitForAsync();
        var paint = await page.EvaluateAsync<double[]>(
            """
            async (limit) => {
              const t0 = performance.now();
              location.hash = '#/network?latest=all&limit=' + limit;
              let container;
              while (!(container = document.getElementById('network-graph'))?._cyreg?.cy) await new Promise((r) => setTimeout(r, 5));
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
              const cy = container._cyreg.cy;
              return [cy.nodes().length, cy.edges().length, performance.now() - t0];
            }
            """,
            edges);
        // A person zooming: real wheel events over the canvas while the page records every frame.
        var box = (await page.Locator("#network-graph").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.EvaluateAsync(
            """
            () => {
              window.__frames = [];
              let last = performance.now();
              const tick = (now) => { window.__frames.push(now - last); last = now; if (!window.__stop) requestAnimationFrame(tick); };
              window.__stop = false;
              requestAnimationFrame(tick);
            }
            """);
        for (var i = 0; i < 40; i++)
        {
            await page.Mouse.WheelAsync(0, i % 20 < 10 ? -60 : 60);
            await page.WaitForTimeoutAsync(25);
        }
        await page.WaitForTimeoutAsync(300);
        var frames = await page.EvaluateAsync<double[]>("() => { window.__stop = true; return window.__frames.slice(1); }");
        var tap = await page.EvaluateAsync<double>(
            """
            async () => {
              const cy = document.getElementById('network-graph')._cyreg.cy;
              const t0 = performance.now();
              cy.nodes()[0].emit('tap');
              while (!document.querySelector('aside.panel a.button')) await new Promise((r) => setTimeout(r, 2));
              await new Promise((r) => requestAnimationFrame(r));
              return performance.now() - t0;
            }
            """);
        return new GraphTiming((int)paint[0], (int)paint[1], paint[2], frames.Average(), frames.Max(), tap);
    }

    /// <summary>A server under test: which build it runs (<c>now</c> or <c>before</c>), its process and its address.</summary>
    private sealed record Server(string Build, Process Process, string Url);

    private sealed record GraphTiming(int Nodes, int Edges, double Paint, double MeanFrame, double WorstFrame, double Tap);

    /// <summary>A server: a build of this program (this one, or a baseline's) in its <c>web-serve</c> mode, as a separate process.</summary>
    private static Process StartServer(string program, string store, string url)
    {
        // Run as `dotnet Nexus.Benchmarks.dll`, this process is the dotnet host, which must be told the assembly again.
        string[] assembly = Path.GetFileNameWithoutExtension(program) == "dotnet" ? [typeof(WebBench).Assembly.Location] : [];
        return Process.Start(new ProcessStartInfo(program, [.. assembly, "web-serve", "--store", store, "--urls", url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
    }

    private static async Task WaitForAsync(HttpClient http, CancellationToken cancel)
    {
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var response = await http.GetAsync("/api/overview", cancel);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, cancel);
            }
        }
        throw new InvalidOperationException("The web server did not start within 30 s.");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
