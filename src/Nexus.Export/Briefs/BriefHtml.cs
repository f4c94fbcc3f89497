using System.Globalization;
using System.Net;
using System.Text;

namespace Nexus.Export.Briefs;

/// <summary>Renders a <see cref="Brief"/> as one self-contained HTML page; every source text is HTML-encoded.</summary>
public static class BriefHtml
{
    public static string Render(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var html = new StringBuilder();
        var marking = $"<p class=\"marking\"><strong>{E(Tlp.Format(brief.Marking))}</strong></p>";
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{{E(brief.Title)}}</title>
            <style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}.marking{text-align:center}.note{font-size:.9em}</style>
            </head>
            <body>
            {{marking}}
            <h1>{{E(brief.Title)}}</h1>
            <p>{{E(string.Join(" ", brief.Preamble))}}</p>

            """);
        foreach (var section in brief.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(section.Heading)}</h2>\n");
            if (section.Intro is { } intro)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><em>{E(intro)}</em></p>\n");
            }
            html.Append("<ul>\n");
            foreach (var sentence in section.Sentences)
            {
                var label = sentence.Label is { } l ? $"<strong>{E(l)}</strong> — " : "";
                var refs = string.Concat(sentence.Notes.Select(n => $"<sup><a href=\"#note-{n}\">{n}</a></sup>"));
                html.Append(CultureInfo.InvariantCulture, $"<li>{label}{E(sentence.Text)}{refs}</li>\n");
            }
            html.Append("</ul>\n");
        }
        html.Append("<h2>Sources</h2>\n<ol>\n");
        foreach (var source in brief.Sources)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li id=\"source-{source.Number}\">{E(BriefText.Source(source))}</li>\n");
        }
        html.Append("</ol>\n<h2>Notes</h2>\n<ol class=\"note\">\n");
        foreach (var note in brief.Notes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li id=\"note-{note.Number}\" value=\"{note.Number}\">{E(BriefText.Note(note))}</li>\n");
        }
        html.Append(CultureInfo.InvariantCulture, $"</ol>\n{marking}\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
