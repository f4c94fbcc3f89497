namespace Nexus.Text.Claims;

/// <summary>
/// The words that carry attribution and hedging, and the modality each signals. Lower-case.
/// </summary>
public static class CueLexicon
{
    /// <summary>Verbs whose subject is the holder of what follows, with the modality they give it.</summary>
    public static readonly FrozenDictionary<string, Modality> AttributionVerbs = new Dictionary<string, Modality>
    {
        // Reporting: the holder passes the statement on.
        ["said"] = Modality.Reported, ["says"] = Modality.Reported, ["say"] = Modality.Reported,
        ["stated"] = Modality.Reported, ["states"] = Modality.Reported, ["state"] = Modality.Reported,
        ["asserted"] = Modality.Reported, ["asserts"] = Modality.Reported, ["assert"] = Modality.Reported,
        ["told"] = Modality.Reported, ["tell"] = Modality.Reported, ["added"] = Modality.Reported,
        ["remarked"] = Modality.Reported, ["noted"] = Modality.Reported, ["notes"] = Modality.Reported,
        ["reported"] = Modality.Reported, ["reports"] = Modality.Reported, ["report"] = Modality.Reported,
        ["announced"] = Modality.Reported, ["confirmed"] = Modality.Reported, ["revealed"] = Modality.Reported,
        ["admitted"] = Modality.Reported, ["acknowledged"] = Modality.Reported, ["declared"] = Modality.Reported,
        ["wrote"] = Modality.Reported, ["writes"] = Modality.Reported, ["indicate"] = Modality.Reported,
        ["indicates"] = Modality.Reported, ["indicated"] = Modality.Reported, ["show"] = Modality.Reported,
        ["shows"] = Modality.Reported, ["showed"] = Modality.Reported, ["describes"] = Modality.Reported,
        ["described"] = Modality.Reported, ["details"] = Modality.Reported, ["detailed"] = Modality.Reported,
        ["explained"] = Modality.Reported, ["insisted"] = Modality.Reported, ["pointed"] = Modality.Reported,
        ["adds"] = Modality.Reported, ["tells"] = Modality.Reported,
        ["announces"] = Modality.Reported, ["confirms"] = Modality.Reported, ["confirm"] = Modality.Reported,
        ["reveals"] = Modality.Reported, ["admits"] = Modality.Reported, ["admit"] = Modality.Reported,
        ["acknowledges"] = Modality.Reported, ["declares"] = Modality.Reported, ["explains"] = Modality.Reported,
        ["insists"] = Modality.Reported, ["insist"] = Modality.Reported, ["maintained"] = Modality.Reported,
        ["maintains"] = Modality.Reported, ["testified"] = Modality.Reported, ["conceded"] = Modality.Reported,
        ["concedes"] = Modality.Reported, ["concede"] = Modality.Reported, ["maintain"] = Modality.Reported,
        ["testify"] = Modality.Reported, ["testifies"] = Modality.Reported,
        // Allegation: the holder accuses.
        ["claimed"] = Modality.Alleged, ["claims"] = Modality.Alleged, ["claim"] = Modality.Alleged,
        ["alleged"] = Modality.Alleged, ["alleges"] = Modality.Alleged, ["allege"] = Modality.Alleged,
        ["accused"] = Modality.Alleged, ["accuse"] = Modality.Alleged, ["accuses"] = Modality.Alleged,
        ["charged"] = Modality.Alleged, ["blamed"] = Modality.Alleged, ["blames"] = Modality.Alleged, ["blame"] = Modality.Alleged,
        ["sanctioned"] = Modality.Alleged, ["indicted"] = Modality.Alleged,
        // Assessment: the holder judges.
        ["assess"] = Modality.Assessed, ["assessed"] = Modality.Assessed, ["assesses"] = Modality.Assessed,
        ["believe"] = Modality.Assessed, ["believed"] = Modality.Assessed, ["believes"] = Modality.Assessed,
        ["interpret"] = Modality.Assessed, ["interpreted"] = Modality.Assessed, ["interprets"] = Modality.Assessed,
        ["contend"] = Modality.Assessed, ["contended"] = Modality.Assessed, ["contends"] = Modality.Assessed,
        ["warn"] = Modality.Assessed, ["warned"] = Modality.Assessed, ["warns"] = Modality.Assessed,
        ["argue"] = Modality.Assessed, ["argued"] = Modality.Assessed, ["argues"] = Modality.Assessed,
        ["estimate"] = Modality.Assessed, ["estimated"] = Modality.Assessed, ["estimates"] = Modality.Assessed,
        ["judge"] = Modality.Assessed, ["judged"] = Modality.Assessed, ["judges"] = Modality.Assessed,
        ["suspect"] = Modality.Assessed, ["suspected"] = Modality.Assessed, ["suspects"] = Modality.Assessed,
        ["view"] = Modality.Assessed, ["views"] = Modality.Assessed, ["viewed"] = Modality.Assessed,
        ["consider"] = Modality.Assessed, ["considers"] = Modality.Assessed, ["considered"] = Modality.Assessed,
        ["think"] = Modality.Assessed, ["thinks"] = Modality.Assessed, ["thought"] = Modality.Assessed,
        ["conclude"] = Modality.Assessed, ["concluded"] = Modality.Assessed, ["concludes"] = Modality.Assessed,
        ["fear"] = Modality.Assessed, ["feared"] = Modality.Assessed, ["fears"] = Modality.Assessed,
        ["suggest"] = Modality.Assessed, ["suggests"] = Modality.Assessed, ["suggested"] = Modality.Assessed,
        // Speculation: the holder guesses, doubts or asks.
        ["speculate"] = Modality.Speculative, ["speculated"] = Modality.Speculative, ["speculates"] = Modality.Speculative,
        ["doubt"] = Modality.Speculative, ["doubts"] = Modality.Speculative, ["doubted"] = Modality.Speculative,
        ["question"] = Modality.Speculative, ["questions"] = Modality.Speculative, ["questioned"] = Modality.Speculative,
        // Denial: the holder says it is not so.
        ["denied"] = Modality.Denied, ["denies"] = Modality.Denied, ["deny"] = Modality.Denied,
        ["rejected"] = Modality.Denied, ["dismissed"] = Modality.Denied, ["refuted"] = Modality.Denied,
        ["rejects"] = Modality.Denied, ["reject"] = Modality.Denied, ["dismisses"] = Modality.Denied, ["refutes"] = Modality.Denied,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether a word is a verb of denying ("denied", "rejects", "dismissed").</summary>
    public static bool IsDenying(string word) => AttributionVerbs.TryGetValue(word, out var modality) && modality == Modality.Denied;

    /// <summary>The ICD 203 likelihood a verb of judging states: who doubts that something happens thinks it unlikely.</summary>
    public static string? LikelihoodOf(string verb) => verb is "doubt" or "doubts" or "doubted" ? "unlikely" : null;

    /// <summary>Verbs of doubting only before what is doubted: "question whether", never "police questioned the suspect".</summary>
    public static readonly FrozenSet<string> QuestioningOnlyBeforeWhether = FrozenSet.ToFrozenSet(["question", "questions", "questioned"], StringComparer.Ordinal);

    /// <summary>Verbs that say only before "that" or at the close of a sentence: "maintains ties with X" is no statement.</summary>
    public static readonly FrozenSet<string> SayingOnlyBeforeThat = FrozenSet.ToFrozenSet(["maintained", "maintains", "maintain"], StringComparer.Ordinal);

    /// <summary>The verbs of denial proper: a denial whose holder is not found is still kept as someone's denial.</summary>
    public static readonly FrozenSet<string> Denials = FrozenSet.ToFrozenSet(["denied", "denies", "deny"], StringComparer.Ordinal);

    /// <summary>What "deny" withholds rather than disputes: "deny safe haven to X", "denied them access".</summary>
    public static readonly FrozenSet<string> WithheldThings = FrozenSet.ToFrozenSet(
    [
        "haven", "havens", "sanctuary", "sanctuaries", "access", "entry", "visa", "visas", "passage", "refuge",
        "shelter", "resources", "funding", "funds", "space", "freedom", "territory", "ability", "opportunity",
        "oxygen", "permission", "bail", "request", "use",
    ], StringComparer.Ordinal);

    /// <summary>Hedging adverbs and the modality they give the clause.</summary>
    public static readonly FrozenDictionary<string, Modality> Adverbs = new Dictionary<string, Modality>
    {
        ["reportedly"] = Modality.Reported, ["purportedly"] = Modality.Reported, ["supposedly"] = Modality.Reported,
        ["allegedly"] = Modality.Alleged, ["alleged"] = Modality.Alleged,
        ["apparently"] = Modality.Speculative, ["possibly"] = Modality.Speculative, ["perhaps"] = Modality.Speculative,
        ["probably"] = Modality.Speculative, ["likely"] = Modality.Speculative, ["unlikely"] = Modality.Speculative,
        ["presumably"] = Modality.Speculative, ["potentially"] = Modality.Speculative, ["maybe"] = Modality.Speculative,
        ["seemingly"] = Modality.Speculative, ["may"] = Modality.Speculative, ["might"] = Modality.Speculative,
        ["could"] = Modality.Speculative, ["appears"] = Modality.Speculative, ["appear"] = Modality.Speculative,
        ["seems"] = Modality.Speculative, ["seem"] = Modality.Speculative,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// ICD 203 expressions of likelihood (and their common variants), longest first so that
    /// "very likely" wins over "likely". Kept verbatim on the claim.
    /// </summary>
    public static readonly ImmutableArray<string> Likelihoods =
    [
        "almost no chance", "highly improbable", "very unlikely", "roughly even chance", "roughly even odds",
        "very likely", "highly likely", "highly probable", "almost certainly", "nearly certain", "remote",
        "improbable", "unlikely", "probably", "probable", "likely",
    ];

    /// <summary>Passive reporting frames: "is said to", "are believed to", "has been accused of".</summary>
    public static readonly FrozenDictionary<string, Modality> PassiveFrames = new Dictionary<string, Modality>
    {
        ["said"] = Modality.Reported, ["reported"] = Modality.Reported, ["understood"] = Modality.Reported,
        ["believed"] = Modality.Assessed, ["thought"] = Modality.Assessed, ["seen"] = Modality.Assessed,
        ["assessed"] = Modality.Assessed, ["considered"] = Modality.Assessed, ["suspected"] = Modality.Assessed,
        ["viewed"] = Modality.Assessed, ["estimated"] = Modality.Assessed, ["alleged"] = Modality.Alleged,
        ["accused"] = Modality.Alleged, ["linked"] = Modality.Reported, ["rumoured"] = Modality.Reported,
        ["rumored"] = Modality.Reported,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Nouns that report without a named holder: "allegations that", "media reports indicate".</summary>
    public static readonly FrozenDictionary<string, Modality> ReportingNouns = new Dictionary<string, Modality>
    {
        ["allegations"] = Modality.Alleged, ["allegation"] = Modality.Alleged, ["accusations"] = Modality.Alleged,
        ["claims"] = Modality.Alleged, ["reports"] = Modality.Reported, ["evidence"] = Modality.Reported,
        ["rumours"] = Modality.Reported, ["rumors"] = Modality.Reported, ["suspicions"] = Modality.Assessed,
        ["fears"] = Modality.Assessed, ["proof"] = Modality.Reported, ["indications"] = Modality.Reported,
        ["indication"] = Modality.Reported,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words between a verb of finding and its evidence: "found no credible evidence", "has new proof".</summary>
    public static readonly FrozenSet<string> EvidenceModifiers = FrozenSet.ToFrozenSet(
    [
        "no", "little", "scant", "insufficient", "any", "some", "new", "fresh", "further", "clear", "credible", "strong",
        "compelling", "concrete", "conclusive", "hard", "direct", "firm", "reliable", "sufficient", "the",
    ], StringComparer.Ordinal);

    /// <summary>Verbs whose subject finds or holds the evidence it takes: "Investigators found evidence that …".</summary>
    public static readonly FrozenSet<string> FindingVerbs = FrozenSet.ToFrozenSet(
    [
        "found", "find", "finds", "uncovered", "gathered", "collected", "obtained", "presented", "provided", "produced",
        "offered", "shared", "cited", "has", "have", "had", "saw", "seen",
    ], StringComparer.Ordinal);

    /// <summary>What a source gives, whose giver holds what it says: "according to testimony from David Headley".</summary>
    public static readonly FrozenSet<string> Testimonies = FrozenSet.ToFrozenSet(
    [
        "testimony", "testimonies", "statement", "statements", "confession", "confessions", "interrogation", "remarks",
        "account", "accounts", "interview", "deposition", "documents", "letter", "letters", "video", "messages",
    ], StringComparer.Ordinal);

    /// <summary>People nouns that make an unnamed holder ("security analysts", "intelligence sources", "the minister").</summary>
    public static readonly FrozenSet<string> AnonymousHolders = FrozenSet.ToFrozenSet(
    [
        "analysts", "analyst", "officials", "official", "sources", "source", "observers", "observer", "experts",
        "expert", "diplomats", "diplomat", "critics", "residents", "witnesses", "investigators", "researchers",
        "commentators", "reports", "media", "insiders", "security", "intelligence", "authorities", "circles",
        "people", "activists", "villagers", "locals", "some", "others", "many", "evidence",
        "spokesman", "spokeswoman", "spokesperson", "minister", "secretary",
    ], StringComparer.Ordinal);

    /// <summary>Verbs of stopping: asked of someone ("urged X to stop funding Y"), they say X does it.</summary>
    public static readonly FrozenSet<string> Cessations = FrozenSet.ToFrozenSet(
        ["stop", "end", "cease", "halt", "abandon", "discontinue", "sever", "cut", "quit", "dismantle"], StringComparer.Ordinal);

    /// <summary>
    /// Acts of an authority whose reason is its charge: "The Treasury sanctioned X for raising funds for LeT" is the
    /// Treasury's allegation that X funds LeT, while the sanction itself is a fact the author states.
    /// </summary>
    public static readonly FrozenSet<string> Sanctions = FrozenSet.ToFrozenSet(["sanctioned", "indicted"], StringComparer.Ordinal);

    /// <summary>Verbs that end the tie a noun after them names: "has cut ties with", "severed its links to", "ended its support for".</summary>
    public static readonly FrozenSet<string> Severances = FrozenSet.ToFrozenSet(
    [
        "cut", "cuts", "sever", "severs", "severed", "broke", "broken", "breaks", "ended", "ends", "dissolved", "renounced",
        "renounces", "abandoned", "abandons", "withdrew", "withdrawn",
    ], StringComparer.Ordinal);

    /// <summary>Words that negate the relation they precede.</summary>
    public static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(
        ["not", "n't", "never", "no", "neither", "nor", "without", "denied", "denies"], StringComparer.Ordinal);
}
