using Nexus.Analysis.Syndication;

namespace Nexus.Analysis.Assessment;

/// <summary>
/// The reliability each source is graded: the analyst's latest <see cref="CurationAction.GradeSource"/>
/// naming the document's origin (the outlet that wrote it), else one naming its publisher (the outlet
/// that carried it), else the reliability stamped at ingest. Immutable.
/// </summary>
public sealed class SourceGrades
{
    private readonly ImmutableDictionary<string, (string Name, SourceReliability Grade)> _grades;

    private SourceGrades(ImmutableDictionary<string, (string, SourceReliability)> grades) => _grades = grades;

    /// <summary>The grades the curations set, later decisions overriding earlier ones; curations of other kinds are ignored.</summary>
    public static SourceGrades From(IEnumerable<Curation> curations)
    {
        var grades = ImmutableDictionary.CreateBuilder<string, (string, SourceReliability)>(StringComparer.Ordinal);
        foreach (var curation in curations)
        {
            if (curation.Action == CurationAction.GradeSource && TryParse(curation.Value, out var grade))
            {
                foreach (var target in curation.Targets)
                {
                    grades[OutletName.Key(target)] = (target, grade);
                }
            }
        }
        return new SourceGrades(grades.ToImmutable());
    }

    /// <summary>
    /// The curation that grades <paramref name="source"/> (a publisher or origin, as written); its id
    /// names the source, grade and time, so the same decision stored twice is stored once.
    /// </summary>
    public static Curation Decision(string source, SourceReliability grade, DateTimeOffset at, string? analyst = null, string? reason = null) => new()
    {
        Id = FormattableString.Invariant($"grade-source:{OutletName.Key(source)}:{grade}:{at.ToUnixTimeMilliseconds()}"),
        Action = CurationAction.GradeSource,
        Targets = [source],
        Value = grade.ToString(),
        Reason = reason,
        Analyst = analyst,
        At = at,
    };

    /// <summary>Every graded source: the name as the analyst wrote it and its grade, by name.</summary>
    public IEnumerable<(string Source, SourceReliability Grade)> All =>
        _grades.Values.OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The grade the analyst gave <paramref name="outlet"/>, or null.</summary>
    public SourceReliability? Curated(string? outlet) =>
        outlet is { Length: > 0 } && _grades.TryGetValue(OutletName.Key(outlet), out var grade) ? grade.Grade : null;

    public SourceReliability Of(DocumentMetadata metadata) =>
        Curated(metadata.Origin) ?? Curated(metadata.Publisher) ?? metadata.Reliability;

    /// <summary>Reads an Admiralty reliability letter, A to G, in either case.</summary>
    public static bool TryParse(string? letter, out SourceReliability grade)
    {
        grade = SourceReliability.F;
        var text = letter?.Trim();
        if (text is not { Length: 1 })
        {
            return false;
        }
        var c = char.ToUpperInvariant(text[0]);
        if (c is < 'A' or > 'G')
        {
            return false;
        }
        grade = (SourceReliability)(c - 'A');
        return true;
    }
}
