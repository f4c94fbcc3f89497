using System.Globalization;
using Nexus.Export.Statements;

namespace Nexus.Export.Briefs;

/// <summary>The wording of source lines and notes, shared by the Markdown and HTML renderings.</summary>
internal static class BriefText
{
    public static string Source(BriefSource source)
    {
        var by = source.Authors.IsEmpty ? "" : " by " + string.Join(", ", source.Authors);
        var where = string.Join("; ", new[] { source.Publisher, source.Origin is { } o ? "originally " + o : null }.OfType<string>());
        var when = source.Published is { } date ? ", " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ", undated";
        return $"“{source.Title}”{by}{(where.Length > 0 ? " (" + where + ")" : "")}{when}. Source reliability {source.Reliability} "
            + $"({Estimative.Describe(source.Reliability)}). {Tlp.Format(source.Marking)}. {source.DocumentId}";
    }

    public static string Note(BriefNote note) =>
        $"“{note.Quote}” — source {note.Source}, characters {note.Span.Start}–{note.Span.End}; "
        + $"held by {note.Holder} ({EnumNames.Snake(note.Modality)}). Claim {note.ClaimId}.";
}
