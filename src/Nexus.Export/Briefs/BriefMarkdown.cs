using System.Globalization;
using System.Text;

namespace Nexus.Export.Briefs;

/// <summary>Renders a <see cref="Brief"/> as Markdown with footnotes (<c>[^3]</c>), the marking at top and bottom.</summary>
public static class BriefMarkdown
{
    public static string Render(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return new Writer().Render(brief);
    }

    private sealed class Writer : BriefWriter
    {
        protected override void Header(Brief brief) =>
            Output.Append(CultureInfo.InvariantCulture, $"**{Tlp.Format(brief.Marking)}**\n\n# {Escape(brief.Title)}\n\n{Escape(string.Join(" ", brief.Preamble))}\n\n");

        protected override void StartList(string heading, string? intro, bool ordered)
        {
            Output.Append(CultureInfo.InvariantCulture, $"## {heading}\n\n");
            if (intro is not null)
            {
                Output.Append(CultureInfo.InvariantCulture, $"_{intro}_\n\n");
            }
        }

        protected override void Item(BriefSentence sentence)
        {
            var label = sentence.Label is { } l ? $"**{l}** — " : "";
            Output.Append(CultureInfo.InvariantCulture, $"- {label}{Escape(sentence.Text)}{string.Concat(sentence.Notes.Select(n => $"[^{n}]"))}\n");
        }

        protected override void Numbered(string kind, int number, string text) =>
            Output.Append(kind == "note" ? "[^" : "").Append(number).Append(kind == "note" ? "]: " : ". ").Append(Escape(text)).Append('\n');

        protected override void EndList(bool ordered) => Output.Append('\n');

        protected override void Footer(Brief brief) => Output.Append(CultureInfo.InvariantCulture, $"**{Tlp.Format(brief.Marking)}**\n");

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
}
