using BenchmarkDotNet.Running;
using Nexus.Benchmarks.Web;
using Nexus.Web;

// "web" runs the web load and browser measurements (a server process plus a load process);
// "web-serve" is that server process. Anything else goes to BenchmarkDotNet.
switch (args)
{
    case ["web", .. var rest]:
        return await WebBench.RunAsync(rest);
    case ["web-serve", .. var serve]:
        await using (var app = NexusWebApp.Build(serve))
        {
            await app.RunAsync();
        }
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(WebBench).Assembly).Run(args);
        return 0;
}
