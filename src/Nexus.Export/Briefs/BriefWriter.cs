using System.Text;

namespace Nexus.Export.Briefs;

/// <summary>
/// The layout every rendering of a brief shares — marking, title, preamble, sections, sources,
/// notes, marking — so that Markdown and HTML differ only in how each piece is written.
/// </summary>
internal abstract class BriefWriter
{
    protected StringBuilder Output { get; } = new();

    public string Render(Brief brief)
    {
        Header(brief);
        foreach (var section in brief.Sections)
        {
            StartList(section.Heading, section.Intro, ordered: false);
            foreach (var sentence in section.Sentences)
            {
                Item(sentence);
            }
            EndList(ordered: false);
        }
        StartList("Sources", null, ordered: true);
        foreach (var source in brief.Sources)
        {
            Numbered("source", source.Number, BriefText.Source(source));
        }
        EndList(ordered: true);
        StartList("Notes", null, ordered: true);
        foreach (var note in brief.Notes)
        {
            Numbered("note", note.Number, BriefText.Note(note));
        }
        EndList(ordered: true);
        Footer(brief);
        return Output.ToString();
    }

    protected abstract void Header(Brief brief);

    protected abstract void StartList(string heading, string? intro, bool ordered);

    protected abstract void Item(BriefSentence sentence);

    /// <summary>A source or a note: <paramref name="kind"/> says which.</summary>
    protected abstract void Numbered(string kind, int number, string text);

    protected abstract void EndList(bool ordered);

    protected abstract void Footer(Brief brief);
}
