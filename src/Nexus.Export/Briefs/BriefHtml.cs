using System.Globalization;
using System.Net;

namespace Nexus.Export.Briefs;

/// <summary>Renders a <see cref="Brief"/> as one self-contained HTML page; every source text is HTML-encoded.</summary>
public static class BriefHtml
{
    public static string Render(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return new Writer().Render(brief);
    }

    private sealed class Writer : BriefWriter
    {
        protected override void Header(Brief brief) => Output.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{{E(brief.Title)}}</title>
            <style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}.marking{text-align:center}.note{font-size:.9em}</style>
            </head>
            <body>
            {{Marking(brief)}}
            <h1>{{E(brief.Title)}}</h1>
            <p>{{E(string.Join(" ", brief.Preamble))}}</p>

            """);

        protected override void StartList(string heading, string? intro, bool ordered)
        {
            Output.Append(CultureInfo.InvariantCulture, $"<h2>{E(heading)}</h2>\n");
            if (intro is not null)
            {
                Output.Append(CultureInfo.InvariantCulture, $"<p><em>{E(intro)}</em></p>\n");
            }
            Output.Append(ordered ? "<ol class=\"note\">\n" : "<ul>\n");
        }

        protected override void Item(BriefSentence sentence)
        {
            var label = sentence.Label is { } l ? $"<strong>{E(l)}</strong> — " : "";
            var refs = string.Concat(sentence.Notes.Select(n => $"<sup><a href=\"#note-{n}\">{n}</a></sup>"));
            Output.Append(CultureInfo.InvariantCulture, $"<li>{label}{E(sentence.Text)}{refs}</li>\n");
        }

        protected override void Numbered(string kind, int number, string text) =>
            Output.Append(CultureInfo.InvariantCulture, $"<li id=\"{kind}-{number}\" value=\"{number}\">{E(text)}</li>\n");

        protected override void EndList(bool ordered) => Output.Append(ordered ? "</ol>\n" : "</ul>\n");

        protected override void Footer(Brief brief) => Output.Append(CultureInfo.InvariantCulture, $"{Marking(brief)}\n</body>\n</html>\n");

        private static string Marking(Brief brief) => $"<p class=\"marking\"><strong>{E(Tlp.Format(brief.Marking))}</strong></p>";

        private static string E(string text) => WebUtility.HtmlEncode(text);
    }
}
