using Nexus.Cli.Output;
using Nexus.Storage;
using Spectre.Console;

namespace Nexus.Cli.Commands;

/// <summary><c>nexus search TEXT</c>: full-text search over stored documents.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "Words to look for." };
        var limit = new Option<int>("--limit") { Description = "How many documents to list.", DefaultValueFactory = _ => 20 };
        var format = CliOptions.Format();
        var command = new Command("search", "Full-text search over the stored documents, best match first.") { text, limit, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CliOptions.OpenStoreAsync(parse, ct);
            var hits = (await store.SearchAsync(parse.GetValue(text)!, PageRequest.First(parse.GetValue(limit)), ct)).Hits;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Printer.Json(hits);
                return ExitCodes.Ok;
            }
            if (hits.Count == 0)
            {
                Printer.Out.MarkupLine("No document matches.");
            }
            foreach (var hit in hits)
            {
                Printer.Out.MarkupLine($"[bold]{Markup.Escape(hit.Title ?? hit.DocumentId)}[/]  [grey]{Markup.Escape(hit.DocumentId)}[/]");
                Printer.Out.MarkupLine("   " + Highlight(hit));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    // The snippet is plain text; the matched words are marked from their spans, everything escaped.
    private static string Highlight(SearchHit hit)
    {
        var parts = new List<string>();
        var at = 0;
        foreach (var span in hit.Highlights.OrderBy(s => s.Start))
        {
            parts.Add(Markup.Escape(hit.Snippet[at..span.Start]));
            parts.Add("[yellow]" + Markup.Escape(span.Of(hit.Snippet)) + "[/]");
            at = span.End;
        }
        parts.Add(Markup.Escape(hit.Snippet[at..]));
        return string.Concat(parts);
    }
}
