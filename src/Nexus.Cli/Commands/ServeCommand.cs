using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nexus.Cli.Output;
using Nexus.Storage;
using Nexus.Storage.Postgres;
using Nexus.Web;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus serve [--urls URL]</c>: the web UI and the HTTP API over the store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, ';'-separated (default {NexusWebApp.DefaultUrl}: this machine only). http://0.0.0.0:5080 serves the network.",
            DefaultValueFactory = _ => NexusWebApp.DefaultUrl,
        };
        var command = new Command("serve", "Serve the web UI and the HTTP API (under /api, OpenAPI at /openapi/v1.json) over the store.") { urls };
        command.SetAction(async (parse, ct) =>
        {
            var store = parse.GetValue(CliOptions.Store);
            var listen = parse.GetValue(urls)!;
            await using var app = NexusWebApp.Build(["--store", store ?? "", "--urls", listen]);
            // Opens the store before listening, so that a bad --store fails now with one sentence.
            app.Services.GetRequiredService<INexusStore>();
            await app.StartAsync(ct);
            foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Printer.Out.MarkupLine($"Nexus is serving [bold]{Markup.Escape(url)}[/]");
            }
            Printer.Out.MarkupLine($"Store: {Markup.Escape(StoreFactory.Describe(store))}. Press Ctrl+C to stop.");
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
