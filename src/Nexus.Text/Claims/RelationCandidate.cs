namespace Nexus.Text.Claims;

/// <summary>A relation a pattern read from a sentence, before attribution, time and place are attached.</summary>
internal sealed record RelationCandidate
{
    // Words that name no one (see NamesNoOne); read for every candidate, so matched without lower-casing the text.
    private static readonly FrozenSet<string> NoOne = FrozenSet.ToFrozenSet(
        ["others", "other", "those", "these", "some", "many", "all", "both", "each", "everyone", "anyone"], StringComparer.OrdinalIgnoreCase);

    public required Mention Subject { get; init; }

    public required Predicate Predicate { get; init; }

    public Mention? Object { get; init; }

    /// <summary>Token range of the word or phrase that signals the relation.</summary>
    public required (int Start, int End) Trigger { get; init; }

    public required double Confidence { get; init; }

    public string? Role { get; init; }

    public string? Item { get; init; }

    public ImmutableArray<string> Kinds { get; init; } = [];

    public int? Count { get; init; }

    public Mention? Place { get; init; }

    /// <summary>The pattern reads the tie as ended: "lost control of Idlib", "retook Ramadi from ISIL" say who holds the place no more.</summary>
    public bool Negated { get; init; }

    /// <summary>The pattern that produced it, for debugging and evaluation by pattern.</summary>
    public required string Pattern { get; init; }

    /// <summary>
    /// Whether its arguments have the types its predicate links (<see cref="Ontology"/>), a country acting as an
    /// organisation ("Turkey backs …"): a person leads a body, never a body a country; and whether each names someone.
    /// </summary>
    public bool FitsOntology => Fits(Predicate, Subject, Object);

    public static bool Fits(Predicate predicate, Mention subject, Mention? obj)
    {
        var info = Ontology.Describe(predicate);
        return Types(subject).Any(info.Subjects.Contains) && (obj is null ? info.Objects.IsEmpty : Types(obj).Any(info.Objects.Contains))
            && !NamesNoOne(subject) && (obj is null || !NamesNoOne(obj));
    }

    // "the Iraqi Armed Forces, … and others in support of the campaign": "others" or "those" names no one an
    // analyst could link a claim to, whatever tagged it; nor does a lower-case phrase for any minority ("religious
    // minorities"). "The deployed location" stays: re3d links it, and it is one base the text leaves unnamed.
    private static bool NamesNoOne(Mention mention) =>
        NoOne.Contains(mention.Text) || !mention.Text.Any(char.IsUpper) && mention.Text.Split(' ')[^1] is "minorities" or "minority";

    private static EntityType[] Types(Mention mention) =>
        mention is { Type: EntityType.Location, Kind: EntityKind.Country } ? [EntityType.Location, EntityType.Organization] : [mention.Type];
}
