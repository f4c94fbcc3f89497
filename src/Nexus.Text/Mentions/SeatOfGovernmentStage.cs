using Nexus.Text.Claims;
using Nexus.Text.Gazetteers;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Mentions;

/// <summary>
/// A capital that acts is its country's government: "Islamabad denied …", "Tehran has long armed the Houthis", "backed
/// by Moscow", "Islamabad's support for LeT". Such a mention becomes a mention of the country (its list name and
/// reference, the words as written), so the claim stage reads the state as the actor and the graph holds one node for
/// Pakistan, not a city that sponsors. A capital where something happens ("in Islamabad", "Kabul fell") stays the city.
/// Only the verbs and nouns below make a capital act, read from the words alone, so the rules-only pipeline reads it too.
/// </summary>
public sealed class SeatOfGovernmentStage(GazetteerMatcher gazetteer) : IPipelineStage
{
    // Appended to the source of a capital read as its country ("gazetteer+seat").
    private const string SourceSuffix = "+seat";

    // What a government does in the news besides speaking (CueLexicon.AttributionVerbs) and besides the claim patterns'
    // verbs of backing, funding, arming, training and attacking (RelationPatterns.IsStateActionVerb).
    private static readonly FrozenSet<string> ActingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "arms", "supplies", "provides", "provided", "providing", "harbours", "harbors", "protects", "protecting", "hosts", "hosted",
        "hosting", "uses", "used", "sends", "sent", "deployed", "deploys", "ordered", "orders", "launched", "launches", "strikes", "targets", "condemned", "condemns", "rejects",
        "demanded", "demands", "designated", "banned", "bans", "sanctioned", "expelled", "summoned", "recognised", "recognized",
        "signed", "agreed", "refused", "refuses", "wants", "seeks", "sought", "cultivated", "cultivates", "nurtured", "created",
        "tolerated", "tolerates", "retaliated", "responded", "welcomed", "welcomes", "pledged", "pledges", "vowed", "vows",
        "threatened", "threatens", "negotiated", "mediated", "brokered");

    // What stands between a capital and its verb without making the verb passive ("has long", "reportedly").
    private static readonly FrozenSet<string> Between = FrozenSet.Create(StringComparer.Ordinal,
        "has", "have", "had", "also", "long", "reportedly", "allegedly", "repeatedly", "publicly", "officially", "again", "now",
        "still", "already", "quickly", "firmly", "strongly", "itself", "not", "never", "will", "would", "could", "may", "might");

    // "Islamabad's support for LeT", "Tehran's proxies" (RelationPatterns.IsSupportNoun), "Kabul's denial": a capital's acts
    // and voices named as nouns.
    private static readonly FrozenSet<string> ActingNouns = FrozenSet.Create(StringComparer.Ordinal,
        "involvement", "role", "policy", "denial", "denials", "accusation", "accusations", "claim", "claims", "response", "decision",
        "position", "stance", "officials", "envoy", "ambassador", "allies", "ally", "strategy", "interference");

    public string Name => "seat-of-government";

    public IReadOnlyCollection<Layer> Requires => [Layer.Tokens, Layer.Mentions];

    public IReadOnlyCollection<Layer> Produces => [Layer.Mentions];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        if (gazetteer.Seats.Count == 0 || !document.Mentions.Any(m => SeatOf(m) is not null))
        {
            return document;
        }
        var index = new TokenIndex(document.Tokens);
        var tokens = document.Tokens;
        var byStart = document.Mentions.ToDictionary(m => index.Range(m.Span).Start, m => (Mention: m, Range: index.Range(m.Span)));
        return document with
        {
            Mentions =
            [
                .. document.Mentions.Select(m => SeatOf(m) is { } country && Acts(tokens, index.Range(m.Span), byStart)
                    ? m with { Kind = EntityKind.Country, Canonical = country.Canonical, Refs = [country.Ref!], Source = m.Source + SourceSuffix }
                    : m),
            ],
        };
    }

    /// <summary>Whether the mention is a capital read as its country: its words name the city, not the country.</summary>
    public static bool IsSeatRead(Mention mention) => mention.Source.EndsWith(SourceSuffix, StringComparison.Ordinal);

    private GazetteerEntry? SeatOf(Mention mention) =>
        mention is { Type: EntityType.Location, Kind: not EntityKind.Country }
            ? mention.Refs.Select(r => gazetteer.Seats.GetValueOrDefault(r)).FirstOrDefault(c => c is not null)
            : null;

    private bool Acts(ImmutableArray<Token> tokens, (int Start, int End) range, Dictionary<int, (Mention Mention, (int Start, int End) Range)> byStart)
    {
        var (start, end) = range;
        // "the Kabul attack", "the Islamabad strikes": a capital after an article names where, as a noun's modifier.
        if (start > 0 && Lower(tokens, start - 1) is "the" or "a" or "an")
        {
            return false;
        }
        // "accused by Kabul", "backed by Tehran": the agent of a passive verb.
        if (start >= 2 && Lower(tokens, start - 1) == "by" && IsVerb(Lower(tokens, start - 2)))
        {
            return true;
        }
        // "Kabul accused Islamabad of backing …": the one accused or urged acts in what follows.
        if (start >= 1 && Lower(tokens, start - 1) is "accused" or "accuses" or "accuse" or "blamed" or "blames" or "urged" or "urges" or "pressed" or "charged")
        {
            return true;
        }
        var i = end;
        if (i < tokens.Length && tokens[i].Text is "'s" or "’s")
        {
            return i + 1 < tokens.Length && (ActingNouns.Contains(Lower(tokens, i + 1)) || RelationPatterns.IsSupportNoun(Lower(tokens, i + 1)));
        }
        // "Moscow and Tehran back Assad": a capital coordinated with another capital or a country that acts.
        if (i + 1 < tokens.Length && tokens[i].Text is "and" or "," && byStart.TryGetValue(i + 1, out var next)
            && (next.Mention.Kind == EntityKind.Country || SeatOf(next.Mention) is not null))
        {
            return Acts(tokens, next.Range, byStart);
        }
        while (i < tokens.Length && Between.Contains(Lower(tokens, i)))
        {
            i++;
        }
        if (i >= tokens.Length)
        {
            return false;
        }
        // "is backing" acts; "was attacked" is done to the city.
        if (Lower(tokens, i) is "is" or "was" or "are" or "were" or "been")
        {
            return i + 1 < tokens.Length && Lower(tokens, i + 1).EndsWith("ing", StringComparison.Ordinal) && IsVerb(Lower(tokens, i + 1));
        }
        // "Kabul attack kills 20": a verb of attack or support the tagger reads as a noun is the capital's act only when a
        // name follows it, as the claim patterns read such forms ("Moscow backs the Houthis").
        var word = Lower(tokens, i);
        if (RelationPatterns.IsStateActionVerb(word) && tokens[i].Tag is "NOUN" or "PROPN")
        {
            return byStart.ContainsKey(i + 1) || i + 1 < tokens.Length && Lower(tokens, i + 1) is "the" or "its" or "their" && byStart.ContainsKey(i + 2);
        }
        // "one in Baghdad claimed by Daesh": a participle with its agent after it is done to the city.
        return IsVerb(word) && !(word.EndsWith("ed", StringComparison.Ordinal) && i + 1 < tokens.Length && Lower(tokens, i + 1) == "by");
    }

    private static bool IsVerb(string word) =>
        ActingVerbs.Contains(word) || RelationPatterns.IsStateActionVerb(word) || CueLexicon.AttributionVerbs.ContainsKey(word);

    private static string Lower(ImmutableArray<Token> tokens, int i) => tokens[i].Text.ToLowerInvariant();
}
