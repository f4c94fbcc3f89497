using System.Globalization;
using System.Text;

namespace Nexus.Export.Briefs;

/// <summary>Renders a <see cref="Brief"/> as Markdown with footnotes (<c>[^3]</c>), the marking at top and bottom.</summary>
public static class BriefMarkdown
{
    public static string Render(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var md = new StringBuilder();
        var marking = $"**{Tlp.Format(brief.Marking)}**";
        md.Append(CultureInfo.InvariantCulture, $"{marking}\n\n# {brief.Title}\n\n");
        md.AppendJoin(" ", brief.Preamble).Append("\n\n");
        foreach (var section in brief.Sections)
        {
            md.Append(CultureInfo.InvariantCulture, $"## {section.Heading}\n\n");
            if (section.Intro is { } intro)
            {
                md.Append(CultureInfo.InvariantCulture, $"_{intro}_\n\n");
            }
            foreach (var sentence in section.Sentences)
            {
                var label = sentence.Label is { } l ? $"**{l}** — " : "";
                md.Append(CultureInfo.InvariantCulture, $"- {label}{Escape(sentence.Text)}{string.Concat(sentence.Notes.Select(n => $"[^{n}]"))}\n");
            }
            md.Append('\n');
        }
        md.Append("## Sources\n\n");
        foreach (var source in brief.Sources)
        {
            md.Append(CultureInfo.InvariantCulture, $"{source.Number}. {Escape(BriefText.Source(source))}\n");
        }
        md.Append("\n## Notes\n\n");
        foreach (var note in brief.Notes)
        {
            md.Append(CultureInfo.InvariantCulture, $"[^{note.Number}]: {Escape(BriefText.Note(note))}\n");
        }
        md.Append(CultureInfo.InvariantCulture, $"\n{marking}\n");
        return md.ToString();
    }

    /// <summary>Keeps source text from turning into Markdown: emphasis, links and footnote marks stay literal.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '<' or '>')
            {
                escaped.Append('\\');
            }
            escaped.Append(c == '\n' ? ' ' : c);
        }
        return escaped.ToString();
    }
}
