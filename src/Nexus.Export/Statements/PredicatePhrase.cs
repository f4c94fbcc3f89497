namespace Nexus.Export.Statements;

/// <summary>
/// How a predicate reads in English: the affirmative and negated verb phrases, and the bare form
/// after a modal ("may be allied with", "may have attacked"). States read in the present, events in the past.
/// </summary>
/// <param name="Affirmative">"is allied with", "attacked".</param>
/// <param name="Negated">"is not allied with", "did not attack".</param>
/// <param name="AfterModal">"be allied with", "have attacked".</param>
/// <param name="Heading">A section heading for briefs ("Alliances").</param>
public sealed record PredicatePhrase(string Affirmative, string Negated, string AfterModal, string Heading)
{
    private static readonly ImmutableDictionary<Predicate, PredicatePhrase> Table = new Dictionary<Predicate, PredicatePhrase>
    {
        [Predicate.MemberOf] = State("a member of", "Membership"),
        [Predicate.Leads] = new("leads", "does not lead", "lead", "Leadership"),
        [Predicate.DeputyOf] = State("the deputy of", "Deputies"),
        [Predicate.Founded] = Event("founded", "found", "Founders"),
        [Predicate.PartOf] = State("part of", "Structure"),
        [Predicate.AlliedWith] = State("allied with", "Alliances"),
        [Predicate.Sponsors] = new("sponsors", "does not sponsor", "sponsor", "Sponsorship"),
        [Predicate.Funded] = Event("funded", "fund", "Funding"),
        [Predicate.Supplied] = Event("supplied", "supply", "Supply"),
        [Predicate.Trained] = Event("trained", "train", "Training"),
        [Predicate.HostileTo] = State("hostile to", "Hostility"),
        [Predicate.Attacked] = Event("attacked", "attack", "Attacks"),
        [Predicate.Killed] = Event("killed", "kill", "Killings"),
        [Predicate.Arrested] = Event("arrested", "arrest", "Arrests"),
        [Predicate.Detained] = Event("detained", "detain", "Detentions"),
        [Predicate.MetWith] = Event("met with", "meet with", "Meetings"),
        [Predicate.OperatesIn] = new("operates in", "does not operate in", "operate in", "Areas of operation"),
        [Predicate.LocatedIn] = State("located in", "Locations"),
        [Predicate.Controls] = new("controls", "does not control", "control", "Territorial control"),
        [Predicate.NationalityOf] = State("a national of", "Nationality"),
        [Predicate.DesignatedBy] = State("designated by", "Designations"),
        [Predicate.ResponsibleFor] = State("responsible for", "Responsibility"),
        [Predicate.Died] = Event("died", "die", "Deaths"),
        [Predicate.AssociatedWith] = State("associated with", "Other links"),
    }.ToImmutableDictionary();

    public static PredicatePhrase Of(Predicate predicate) => Table[predicate];

    /// <summary>The verb phrase for a polarity.</summary>
    public string For(Polarity polarity) => polarity == Polarity.Negative ? Negated : Affirmative;

    private static PredicatePhrase State(string complement, string heading) =>
        new("is " + complement, "is not " + complement, "be " + complement, heading);

    private static PredicatePhrase Event(string past, string bare, string heading) =>
        new(past, "did not " + bare, "have " + past, heading);
}
