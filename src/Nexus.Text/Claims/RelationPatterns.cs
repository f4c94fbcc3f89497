using Nexus.Text.Names;

namespace Nexus.Text.Claims;

/// <summary>
/// Reads relations from one sentence with trigger words and token patterns around the mentions:
/// roles in titles and appositions, verbs and their nominalisations, alliance and support nouns,
/// presence, designation, responsibility, death and hostility. Each pattern is a method; all are
/// run and their candidates pooled, with those of <see cref="DependencyPatterns"/> when the sentence is parsed.
/// </summary>
internal static partial class RelationPatterns
{
    private static readonly FrozenDictionary<string, Predicate> Verbs = new Dictionary<string, Predicate>
    {
        ["arrested"] = Predicate.Arrested, ["arrest"] = Predicate.Arrested,
        ["captured"] = Predicate.Arrested, ["apprehended"] = Predicate.Arrested, ["nabbed"] = Predicate.Arrested,
        ["detained"] = Predicate.Detained, ["detain"] = Predicate.Detained, ["detains"] = Predicate.Detained,
        ["held"] = Predicate.Detained, ["met"] = Predicate.MetWith, ["meets"] = Predicate.MetWith, ["meet"] = Predicate.MetWith,
        ["attacked"] = Predicate.Attacked, ["attack"] = Predicate.Attacked, ["attacks"] = Predicate.Attacked,
        ["overran"] = Predicate.Attacked, ["overrun"] = Predicate.Attacked, ["stormed"] = Predicate.Attacked,
        ["raided"] = Predicate.Attacked, ["ambushed"] = Predicate.Attacked, ["bombed"] = Predicate.Attacked,
        ["struck"] = Predicate.Attacked, ["shelled"] = Predicate.Attacked, ["targeted"] = Predicate.Attacked,
        ["assaulted"] = Predicate.Attacked, ["killed"] = Predicate.Killed, ["assassinated"] = Predicate.Killed,
        ["executed"] = Predicate.Killed, ["murdered"] = Predicate.Killed, ["beheaded"] = Predicate.Killed,
        ["funded"] = Predicate.Funded, ["financed"] = Predicate.Funded, ["funds"] = Predicate.Funded,
        ["facilitated"] = Predicate.Sponsors, ["facilitates"] = Predicate.Sponsors, ["facilitating"] = Predicate.Sponsors,
        ["finances"] = Predicate.Funded, ["bankrolled"] = Predicate.Funded, ["armed"] = Predicate.Supplied,
        ["supplied"] = Predicate.Supplied, ["trained"] = Predicate.Trained,
        ["trains"] = Predicate.Trained, ["backed"] = Predicate.Sponsors, ["backs"] = Predicate.Sponsors,
        ["sponsored"] = Predicate.Sponsors, ["sponsors"] = Predicate.Sponsors, ["supported"] = Predicate.Sponsors,
        ["supports"] = Predicate.Sponsors, ["sheltered"] = Predicate.Sponsors, ["harboured"] = Predicate.Sponsors,
        ["harbored"] = Predicate.Sponsors, ["shelters"] = Predicate.Sponsors, ["protected"] = Predicate.Sponsors,
        ["protects"] = Predicate.Sponsors, ["protecting"] = Predicate.Sponsors, ["protect"] = Predicate.Sponsors,
        ["founded"] = Predicate.Founded, ["established"] = Predicate.Founded, ["formed"] = Predicate.Founded,
        ["co-founded"] = Predicate.Founded, ["joined"] = Predicate.MemberOf, ["joins"] = Predicate.MemberOf,
        ["led"] = Predicate.Leads, ["leads"] = Predicate.Leads, ["heads"] = Predicate.Leads,
        ["headed"] = Predicate.Leads, ["commands"] = Predicate.Leads, ["commanded"] = Predicate.Leads,
        ["fought"] = Predicate.HostileTo, ["fights"] = Predicate.HostileTo, ["clashed"] = Predicate.HostileTo,
        ["opposed"] = Predicate.HostileTo, ["opposes"] = Predicate.HostileTo,
        ["arresting"] = Predicate.Arrested, ["detaining"] = Predicate.Detained,
        ["attacking"] = Predicate.Attacked, ["killing"] = Predicate.Killed, ["funding"] = Predicate.Funded,
        ["financing"] = Predicate.Funded, ["arming"] = Predicate.Supplied, ["supplying"] = Predicate.Supplied,
        ["training"] = Predicate.Trained, ["backing"] = Predicate.Sponsors, ["sponsoring"] = Predicate.Sponsors,
        ["supporting"] = Predicate.Sponsors, ["sheltering"] = Predicate.Sponsors, ["harbouring"] = Predicate.Sponsors,
        ["harboring"] = Predicate.Sponsors, ["founding"] = Predicate.Founded, ["joining"] = Predicate.MemberOf,
        ["leading"] = Predicate.Leads, ["heading"] = Predicate.Leads, ["fighting"] = Predicate.HostileTo,
        ["fund"] = Predicate.Funded, ["finance"] = Predicate.Funded, ["supply"] = Predicate.Supplied, ["arm"] = Predicate.Supplied,
        ["train"] = Predicate.Trained, ["back"] = Predicate.Sponsors, ["support"] = Predicate.Sponsors,
        ["sponsor"] = Predicate.Sponsors, ["shelter"] = Predicate.Sponsors, ["harbour"] = Predicate.Sponsors,
        ["harbor"] = Predicate.Sponsors, ["lead"] = Predicate.Leads, ["head"] = Predicate.Leads, ["join"] = Predicate.MemberOf,
        ["fight"] = Predicate.HostileTo, ["oppose"] = Predicate.HostileTo, ["kill"] = Predicate.Killed,
        ["controls"] = Predicate.Controls, ["controlled"] = Predicate.Controls, ["control"] = Predicate.Controls,
        ["controlling"] = Predicate.Controls, ["occupies"] = Predicate.Controls, ["occupied"] = Predicate.Controls,
        ["occupy"] = Predicate.Controls, ["seized"] = Predicate.Controls, ["seizes"] = Predicate.Controls, ["seize"] = Predicate.Controls,
        ["retook"] = Predicate.Controls, ["recaptured"] = Predicate.Controls, ["annexed"] = Predicate.Controls,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Words a role may open with: "deputy leader", "senior military commander".
    private static readonly FrozenSet<string> RoleModifiers = Set("senior", "top", "chief", "military", "spiritual", "political", "supreme", "regional", "overall");

    private static readonly FrozenSet<string> ReceivingVerbs = Set(
        "received", "receives", "receive", "receiving", "obtained", "obtains", "acquired", "acquires", "got", "gets", "bought",
        "purchased", "accepted", "sourced");

    private static readonly FrozenSet<string> PoolingVerbs = Set(
        "pooled", "shared", "share", "shares", "sharing", "merged", "combined", "coordinated", "exchanged", "swapped", "exchange", "pool");

    private static readonly FrozenSet<string> Funds = Set("funds", "funding", "money", "cash", "finance", "financing", "donations", "payments");

    private static readonly FrozenSet<string> GivingVerbs = Set(
        "handing", "handed", "hands", "gifting", "gifted", "gifts", "giving", "gave", "gives", "delivered",
        "delivering", "provided", "providing", "provides", "transferred", "transferring", "sold", "selling",
        "smuggled", "passing", "passed");

    private static readonly FrozenSet<string> AllianceNouns = Set(
        "partnership", "alliance", "alignment", "collaboration", "cooperation", "co-operation", "nexus", "axis",
        "pact", "coalition", "merger", "relationship", "ties", "links", "nexuses");

    private static readonly FrozenSet<string> AllianceVerbs = Set(
        "allied", "aligned", "partnered", "cooperated", "collaborated", "colluded", "cooperating", "collaborating",
        "allying", "aligning", "partnering", "merged", "teamed", "align", "ally", "partner", "cooperate", "collaborate", "coordinated",
        "coordinating", "coordinate");

    private static readonly FrozenSet<string> LinkNouns = Set("links", "ties", "connections", "contacts", "relations", "link");

    private static readonly FrozenSet<string> SupportNouns = Set(
        "backing", "support", "patronage", "sponsorship", "assistance", "funding", "help", "aid", "protection",
        "financing", "sanctuary", "shelter", "cover", "largesse");

    private static readonly FrozenSet<string> SupportKinds = Set(
        "financial", "logistical", "operational", "military", "political", "material", "diplomatic", "technical");

    private static readonly FrozenSet<string> ControlNouns = Set(
        "supervision", "oversight", "patronage", "direction", "control", "protection", "auspices", "guidance", "command");

    private static readonly FrozenSet<string> SponsorRoles = Set(
        "facilitator", "sponsor", "backer", "patron", "supporter", "protector", "enabler", "benefactor");

    private static readonly FrozenSet<string> ClientNouns = Set(
        "proxy", "proxies", "client", "creation", "child", "puppet", "tool", "instrument", "asset", "pawn", "creature");

    private static readonly FrozenSet<string> PresenceNouns = Set(
        "facilities", "facility", "camps", "camp", "bases", "base", "cells", "cell", "hideouts", "hideout", "presence",
        "footprint", "operations", "offices", "office", "headquarters", "strongholds", "stronghold", "safehouses",
        "branches", "branch", "network", "networks", "units", "fighters", "campaign", "attacks", "offensive", "activities");

    /// <summary>
    /// Whether a word is one of the patterns' verbs for backing, funding, arming, training or attacking ("backs", "armed",
    /// "struck"): what a state does to an armed group in the claims the patterns read.
    /// </summary>
    public static bool IsStateActionVerb(string word) =>
        Verbs.TryGetValue(word, out var predicate) && predicate is Predicate.Sponsors or Predicate.Funded or Predicate.Supplied or Predicate.Trained or Predicate.Attacked;

    /// <summary>Whether a word is one of the patterns' nouns for backing, clients or ties ("support", "proxies", "links").</summary>
    public static bool IsSupportNoun(string word) => SupportNouns.Contains(word) || ClientNouns.Contains(word) || LinkNouns.Contains(word);

    /// <summary>Verbs and adjectives of being somewhere: "ISKP operating in", "based in", "present in".</summary>
    public static readonly FrozenSet<string> PresenceVerbs = Set(
        "operating", "operates", "operate", "active", "present", "based", "deployed", "stationed", "headquartered", "entrenched");

    private static readonly FrozenSet<string> HostilityNouns = Set(
        "hostility", "enmity", "war", "fight", "struggle", "campaign", "jihad", "insurgency", "offensive", "attacks", "opposition");

    private static readonly FrozenSet<string> ArrestNouns = Set("arrest", "arrests", "detention", "capture", "apprehension");

    // Nouns for what is talked about: a place after them is the topic's ("the situation in Aleppo", "the crisis in Syria").
    // Not "war" or "violence": "fighters in the war in Syria" are there.
    private static readonly FrozenSet<string> TopicNouns = Set(
        "situation", "crisis", "developments", "events", "ceasefire", "peace", "transition", "future", "stability");

    public static bool IsTopicNoun(string word) => TopicNouns.Contains(word);

    private static readonly FrozenSet<string> MeetingNouns = Set("meeting", "meetings", "talks", "conference", "summit", "gathering");

    private static readonly FrozenSet<string> CountAdverbs = Set(
        "approximately", "about", "around", "some", "nearly", "almost", "roughly", "least", "over", "than", "up", "to", "an", "estimated");

    /// <summary>
    /// Every candidate of the sentence; <paramref name="alliance"/> holds the parties of the last alliance read in the
    /// sentences before, which "this collaboration" may refer to.
    /// </summary>
    public static List<RelationCandidate> Read(SentenceView view, ParseTree tree, (Mention A, Mention B)? alliance)
    {
        var found = new List<RelationCandidate>();
        RoleBeforePerson(view, found);
        RoleInApposition(view, found);
        ServedAs(view, found);
        Deputies(view, found);
        UnitOf(view, found);
        MembersFrom(view, found);
        MembersIn(view, found);
        PlaceInPlace(view, found);
        OwnedPlace(view, found);
        OpeningPlace(view, found);
        for (var i = view.First; i < view.End; i++)
        {
            PartOf(view, i, found);
            Allegiance(view, i, found);
            PlacedBy(view, i, found);
            TripTo(view, i, found);
            Against(view, i, found);
            FiredAt(view, i, found);
            Communication(view, i, found);
            Membership(view, i, found);
            ArrestNoun(view, i, found);
            Verb(view, i, found);
            Giving(view, i, found);
            Receiving(view, i, found);
            FundsFor(view, i, found);
            Pooling(view, i, found);
            Alliance(view, i, found);
            Support(view, i, found);
            Presence(view, i, found);
            Designation(view, i, found);
            Responsibility(view, i, found);
            ClaimedAttackBefore(view, i, found);
            Death(view, i, found);
            Hostility(view, i, found);
            Meeting(view, i, found);
            Control(view, i, found);
            Defection(view, i, found);
            AttacksIn(view, i, found);
            CompoundTie(view, i, found);
        }
        if (tree.IsParsed)
        {
            DependencyPatterns.Read(view, tree, found);
            if ((LastAlliance(found) ?? alliance) is { } named)
            {
                DependencyPatterns.AllianceBacking(view, tree, named, found);
            }
        }
        Coordination(view, found);
        EventPlaces(found);
        AttachCounts(view, found);
        return found;
    }

    // "LeT chief Rana Mohammad Ashfaq", "ISKP Balochistan coordinator, Mir Shafiq Mengal",
    // "Baloch National Movement Chairman Dr. Naseem Baloch"
    private static void RoleBeforePerson(SentenceView view, List<RelationCandidate> found)
    {
        foreach (var (person, start, _) in view.Mentions().Where(m => SentenceView.IsPerson(m.Mention)).ToList())
        {
            var i = start - 1;
            while (view.Contains(i) && (view.Word(i) == "," || Lexicon.Titles.Contains(view.Word(i)) && !Lexicon.IsRole(view.Lower(i))))
            {
                i--;
            }
            var roleEnd = i + 1;
            while (view.Contains(i) && (Lexicon.IsRole(view.Lower(i)) || view.Lower(i) is "senior" or "top" or "deputy" or "former" or "key" or "chief" or "local" or "regional" or "provincial" or "military" or "operational"))
            {
                i--;
            }
            var roleStart = i + 1;
            if (roleStart == roleEnd || !Lexicon.IsRole(view.Lower(roleEnd - 1)))
            {
                continue;
            }
            Mention? place = null;
            if (view.MentionAt(i) is { } located && SentenceView.IsPlace(located) && located.Kind is not EntityKind.Country)
            {
                place = located;
                i = view.RangeOf(located).Start - 1;
            }
            if (view.Word(i) is "'s" or "’s")
            {
                i--;
            }
            if (view.MentionAt(i) is { } group && SentenceView.IsGroup(group))
            {
                found.Add(RoleCandidate(view, person, group, roleStart, roleEnd, place, "role-before-person", 0.85));
            }
        }
    }

    // "Mehmet Gören, a senior operative of the Islamic State Khorasan Province (ISKP)",
    // "Mir Shafiq Mengal, ISKP's coordinator in Balochistan", "Hafiz Saeed Khan, a Pakistan-born militant",
    // "Aslam Farooqi – also a Pakistani national –"
    private static void RoleInApposition(SentenceView view, List<RelationCandidate> found)
    {
        foreach (var (person, _, end) in view.Mentions().Where(m => SentenceView.IsPerson(m.Mention)).ToList())
        {
            if (view.Word(end) is not ("," or "–" or "—" or "("))
            {
                continue;
            }
            var i = end + 1;
            if (view.Lower(i) == "also")
            {
                i++;
            }
            Mention? possessor = null;
            if (view.MentionAt(i) is { } owner && SentenceView.IsGroup(owner) && view.Word(view.RangeOf(owner).End) is "'s" or "’s")
            {
                possessor = owner;
                i = view.RangeOf(owner).End + 1;
            }
            else if (view.Lower(i) is "a" or "an" or "the")
            {
                i++;
            }
            // "Townsend, commander of CJTF-OIR": press releases drop the article before a post.
            else if (!Lexicon.IsRole(view.Lower(i)))
            {
                continue;
            }
            // "the commander of X", or one with no article, is X's commander; "a commander of X" one of several.
            var definite = possessor is null && view.Lower(i - 1) is not ("a" or "an");
            var roleStart = i;
            // "an ISIL gang leader in Raqqah": the group named inside the apposition, before the role.
            Mention? inner = null;
            for (; view.Contains(i) && i < roleStart + 6; i++)
            {
                var word = view.Lower(i);
                if (word is "," or "who" or "which" or "–" or "—" or ")")
                {
                    break;
                }
                if (possessor is null && inner is null && view.MentionAt(i) is { } named && SentenceView.IsGroup(named))
                {
                    inner = named;
                    i = view.RangeOf(named).End - 1;
                    roleStart = i + 1;
                    continue;
                }
                if (view.MentionAt(i) is { } nationality && nationality.Type is EntityType.Nationality or EntityType.Location && possessor is null
                    && (view.Lower(view.RangeOf(nationality).End) is "national" or "citizen" or "-" && (view.Lower(view.RangeOf(nationality).End + 1) is "born" or "national")
                        || view.Lower(view.RangeOf(nationality).End) == "national"))
                {
                    found.Add(new RelationCandidate
                    {
                        Subject = person, Predicate = Predicate.NationalityOf, Object = nationality,
                        Trigger = view.RangeOf(nationality), Confidence = 0.8, Pattern = "apposition-nationality",
                    });
                    i = view.RangeOf(nationality).End - 1;
                    continue;
                }
                if (!Lexicon.IsRole(word) && word != "member")
                {
                    continue;
                }
                var roleEnd = i + 1;
                var founding = view.Lower(i - 1) == "founding";
                var group = possessor ?? inner;
                Mention? place = null;
                if (group is null && view.Lower(roleEnd) is "of" or "in" or "for" or "with" or "at")
                {
                    var target = roleEnd + 1;
                    if (view.Lower(target) == "the" && view.Lower(target + 1) is "group" or "organization" or "organisation" or "outfit")
                    {
                        group = view.Referent(target + 1);
                    }
                    else
                    {
                        group = view.ObjectAfter(roleEnd + 1, SentenceView.IsGroup, reach: 4);
                    }
                }
                else if (group is null && view.Word(roleEnd) == "," && !(view.Lower(roleStart - 1) is "a" or "an" or "the") && view.MentionAt(roleEnd + 1) is { } body && SentenceView.IsGroup(body))
                {
                    // "Volesky, commander, Combined Joint Forces Land Component Command": the body follows the post after a comma.
                    group = body;
                }
                else if (group is not null && view.Lower(roleEnd) is "in" or "for")
                {
                    place = view.ObjectAfter(roleEnd + 1, SentenceView.IsPlace, reach: 3);
                }
                if (group is not null)
                {
                    var candidate = RoleCandidate(view, person, group, founding ? i - 1 : roleStart, roleEnd, place, "apposition-role", 0.85, definite && inner is null);
                    found.Add(founding ? candidate with { Predicate = Predicate.Founded, Role = "founding member" } : candidate);
                }
                break;
            }
        }
    }

    // "… who served as ISKP's emir", "X became the leader of Y", "X succeeded Y as the leader of Z"
    private static void ServedAs(SentenceView view, List<RelationCandidate> found)
    {
        for (var i = view.First; i + 2 < view.End; i++)
        {
            // "succeeded bin Laden as …": the post follows the predecessor's name.
            var predecessor = view.Lower(i) is "succeeded" or "succeeds" or "replaced" or "replaces" && view.MentionAt(i + 1) is { } named
                && SentenceView.IsPerson(named) && view.Lower(view.RangeOf(named).End) == "as"
                ? named : null;
            if (!(view.Lower(i) is "served" or "serves" or "became" or "becomes" && view.Lower(i + 1) is "as" or "the" or "a"
                || view.Lower(i) is "appointed" or "named" or "elected" || predecessor is not null))
            {
                continue;
            }
            var person = view.SubjectBefore(i, SentenceView.IsPerson);
            if (person is null || person == predecessor)
            {
                continue;
            }
            var j = predecessor is null ? i + 1 : view.RangeOf(predecessor).End;
            if (view.Lower(j) == "as")
            {
                j++;
            }
            if (view.Lower(j) is "the" or "a" or "an")
            {
                j++;
            }
            if (view.MentionAt(j) is { } group && SentenceView.IsGroup(group) && view.Word(view.RangeOf(group).End) is "'s" or "’s")
            {
                var roleAt = view.RangeOf(group).End + 1;
                if (RoleEnd(view, roleAt) is { } roleEnd)
                {
                    found.Add(RoleCandidate(view, person, group, roleAt, roleEnd, null, "served-as", 0.8));
                }
            }
            else if (RoleEnd(view, j) is { } roleEnd && view.Lower(roleEnd) == "of" && view.ObjectAfter(roleEnd + 1, SentenceView.IsGroup, 4) is { } of)
            {
                found.Add(RoleCandidate(view, person, of, j, roleEnd, null, "served-as", 0.8));
            }
        }
    }

    // The end of a role of up to three words starting at a token: "emir", "deputy leader", "senior military commander".
    private static int? RoleEnd(SentenceView view, int start)
    {
        int? end = null;
        for (var k = start; k < start + 3 && view.MentionAt(k) is null && (Lexicon.IsRole(view.Lower(k)) || RoleModifiers.Contains(view.Lower(k))); k++)
        {
            end = Lexicon.IsRole(view.Lower(k)) ? k + 1 : end;
        }
        return end;
    }

    // "Ashfaq and his deputy, Saifullah Kasuri", "Ashfaq's deputy Kasuri", "Kasuri, the deputy of Ashfaq"
    private static void Deputies(SentenceView view, List<RelationCandidate> found)
    {
        for (var i = view.First; i < view.End; i++)
        {
            if (view.Lower(i) != "deputy")
            {
                continue;
            }
            var after = i + 1;
            while (view.Word(after) is "," || Lexicon.Titles.Contains(view.Word(after)))
            {
                after++;
            }
            var deputy = view.MentionAt(after) is { } d && SentenceView.IsPerson(d) ? d : null;
            Mention? chief = null;
            if (view.Lower(i - 1) is "his" or "her" && view.Lower(i - 2) == "and" && view.MentionAt(i - 3) is { } c && SentenceView.IsPerson(c))
            {
                chief = c;
            }
            else if (view.Word(i - 1) is "'s" or "’s" && view.MentionAt(i - 2) is { } owner && SentenceView.IsPerson(owner))
            {
                chief = owner;
            }
            else if (view.Lower(i + 1) is "of" or "to" && view.MentionAt(i + 2) is { } boss && SentenceView.IsPerson(boss))
            {
                chief = boss;
                deputy = view.SubjectBefore(i, SentenceView.IsPerson);
            }
            if (deputy is not null && chief is not null && deputy != chief)
            {
                found.Add(new RelationCandidate
                {
                    Subject = deputy, Predicate = Predicate.DeputyOf, Object = chief, Trigger = (i, i + 1),
                    Confidence = 0.85, Role = "deputy", Pattern = "deputy",
                });
            }
        }
    }

    // "the arrest of Mehmet Gören … by the Turkish intelligence organization MIT"
    private static void ArrestNoun(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!ArrestNouns.Contains(view.Lower(i)) || view.Lower(i + 1) != "of")
        {
            return;
        }
        var patient = view.ObjectAfter(i + 2, SentenceView.IsPerson, reach: 6) ?? view.ObjectAfter(i + 2, SentenceView.IsActor, reach: 6);
        if (patient is null)
        {
            return;
        }
        for (var k = view.RangeOf(patient).End; k < view.End; k++)
        {
            if (view.Word(k) is ";" || view.Lower(k) is "has" or "have" or "had" or "was" or "were" or "is" or "exposed")
            {
                break;
            }
            if (view.Lower(k) == "by" && view.ObjectAfter(k + 1, SentenceView.IsActor, reach: 8) is { } agent)
            {
                found.Add(new RelationCandidate
                {
                    Subject = agent, Predicate = view.Lower(i) == "detention" ? Predicate.Detained : Predicate.Arrested,
                    Object = patient, Trigger = (i, i + 1), Confidence = 0.85,
                    Place = PlaceAfter(view, view.RangeOf(agent).End, patient, agent), Pattern = "arrest-of-by",
                });
                return;
            }
        }
    }

    // "Afghan authorities detained …", "X met Y", "Baloch armed groups overran ISKP's Mastung base",
    // and the passive "Y was arrested by X".
    private static void Verb(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!Verbs.TryGetValue(view.Lower(i), out var predicate) || ArrestNouns.Contains(view.Lower(i)) && view.Lower(i + 1) == "of"
            || view.IsTaggedNonVerb(i) && !BetweenNames(view, i))
        {
            return;
        }
        var info = Ontology.Describe(predicate);
        // "was reportedly killed", "is currently led by", "were later detained by".
        var auxiliary = view.Lower(view.AuxiliaryBefore(i) ?? i);
        // "Hamas, funded by Iran and Qatar, attacked …": a participle opening an apposition is a passive of the name before it.
        var reduced = view.Lower(i + 1) == "by" ? NamedBeforeApposition(view, i) : null;
        var passive = auxiliary is "was" or "were" or "been" or "being" or "is" or "are" && view.Lower(i + 1) == "by" || reduced is not null;
        if (passive)
        {
            var patient = reduced is not null ? (info.Objects.Contains(reduced.Type) ? reduced : null) : view.SubjectBefore(i, m => info.Objects.Contains(m.Type));
            var agent = view.ObjectAfter(i + 2, m => info.Subjects.Contains(m.Type) || SentenceView.IsActor(m), reach: 6);
            if (patient is not null && agent is not null && patient != agent)
            {
                found.Add(new RelationCandidate
                {
                    Subject = agent, Predicate = predicate, Object = patient, Trigger = (i, i + 1), Confidence = 0.75,
                    Place = PlaceAfter(view, i + 1, patient, agent), Pattern = "verb-passive",
                });
            }
            return;
        }
        // "ISIL-held territory", "who was killed in Syria": a modifier or a passive with no agent.
        if (view.Lower(i - 1) is "the" or "a" or "an" or "'s" or "-" || auxiliary is "was" or "were" or "been" or "being" || IsNounUse(view, i))
        {
            return;
        }
        var subject = view.SubjectBefore(i, m => SentenceView.IsActor(m) || info.Subjects.Contains(m.Type));
        // "struck and killed by a coalition airstrike": a participle before "by" is passive.
        if (view.Lower(i + 1) == "by")
        {
            return;
        }
        // "Baloch separatists and ISKP fought each other": the parties of a coordinated subject act on one another.
        if (subject is not null && view.Lower(i + 1) is "each" or "one" && view.Lower(i + 2) is "other" or "another"
            && view.CoordinatedWith(subject) is { } first && SentenceView.IsActor(first))
        {
            found.Add(Pair(first, subject, predicate, i, 0.7, "verb-reciprocal"));
            return;
        }
        // "Wagner mercenaries have fought alongside Malian troops": those fighting side by side are allies.
        if (predicate == Predicate.HostileTo && view.Lower(i + 1) == "alongside")
        {
            predicate = Predicate.AlliedWith;
            info = Ontology.Describe(predicate);
        }
        var start = view.Lower(i + 1) is "with" or "alongside" ? i + 2 : i + 1;
        // "joined LeT" names what was joined right after the verb; "joined the fight against ISIL" or "joined the US
        // Secretary of State" joins no body.
        // Likewise what is seized or controlled: "Police seized weapons in Quetta" takes no town.
        var reach = predicate is Predicate.MemberOf or Predicate.Controls ? (view.Lower(start) is "the" or "a" or "an" ? 2 : 1) : 8;
        var objectMention = view.ObjectAfter(start, m => info.Objects.Contains(m.Type) || SentenceView.IsActor(m) && info.Objects.Contains(EntityType.Organization), reach);
        // "joined US Secretary of State John Kerry and partners in Paris for talks": joining someone is meeting them.
        if (predicate == Predicate.MemberOf && subject is not null && PersonJoined(view, start) is { } met && met.EntityKey != subject.EntityKey)
        {
            found.Add(Pair(subject, met, Predicate.MetWith, i, 0.65, "joined-person") with { Place = PlaceAfter(view, view.RangeOf(met).End, subject, met) });
            return;
        }
        if (subject is null || objectMention is null || subject == objectMention)
        {
            return;
        }
        // "was struck and killed by a coalition airstrike": the object is the agent of a passive.
        var between = Enumerable.Range(i + 1, Math.Max(0, view.RangeOf(objectMention).Start - i - 1)).ToList();
        if (start == i + 1 && between.Any(k => view.Lower(k) == "by"))
        {
            return;
        }
        // "will lead a delegation to Berlin, Germany": what is led comes before any place phrase, so no one leads Germany.
        if (predicate == Predicate.Leads && between.Any(k => view.Lower(k) is "to" or "into" or "toward" or "towards" or "in" or "at" or "on"))
        {
            return;
        }
        // "arming militias in Yemen", "trained fighters in Pakistan": the place locates whoever was armed or trained.
        if (predicate is Predicate.Supplied or Predicate.Funded or Predicate.Trained or Predicate.Sponsors && SentenceView.IsPlace(objectMention)
            && between.Any(k => view.Lower(k) is "in" or "inside" or "across" or "throughout" or "within"))
        {
            return;
        }
        // "to support ongoing operations against ISIL", "to protect our homeland from ISIL", "supports relations with the
        // United States": a name after such a preposition belongs to another noun's phrase and is not who is backed.
        if (predicate is Predicate.Supplied or Predicate.Funded or Predicate.Trained or Predicate.Sponsors
            && between.Any(k => view.Lower(k) is "against" or "from" or "with"))
        {
            return;
        }
        var objectEnd = view.RangeOf(objectMention).End;
        // "joined the US Secretary of State": the country qualifies a post, whose holder is met, not joined.
        if (predicate == Predicate.MemberOf && Lexicon.Titles.Contains(view.Word(objectEnd)))
        {
            return;
        }
        // "established ISKP facilities": the group modifies a noun, so it is not what was founded.
        if (predicate == Predicate.Founded && PresenceNouns.Contains(view.Lower(objectEnd)))
        {
            return;
        }
        Mention? place = null;
        if (view.Word(objectEnd) is "'s" or "’s" && view.MentionAt(objectEnd + 1) is { } site && SentenceView.IsPlace(site))
        {
            place = site;
        }
        found.Add(new RelationCandidate
        {
            Subject = subject, Predicate = predicate, Object = objectMention, Trigger = (i, i + 1), Confidence = 0.75,
            Place = place ?? PlaceAfter(view, objectEnd, objectMention, subject), Pattern = "verb",
        });
        foreach (var partner in Coordinated(view, subject))
        {
            found.Add(found[^1] with { Subject = partner, Confidence = 0.7 });
        }
    }

    // "The ISI funds LeT", "believed to shelter al-Qaeda": a verb form the tagger read as a noun ("funds", "shelters")
    // is still the verb when a name stands right before it (or "to") and a name or its article right after.
    private static bool BetweenNames(SentenceView view, int i) =>
        (view.MentionAt(i - 1) is not null && !view.IsModifierAt(i) || view.Lower(i - 1) == "to")
        && (view.MentionAt(i + 1) is not null || view.Lower(i + 1) is "the" or "its" or "their" && view.MentionAt(i + 2) is not null);

    // What a giving verb hands over: a weapon named, arms in general, money, shelter, training or help.
    private static string? GivenItem(SentenceView view, int k) =>
        view.MentionAt(k) is { Type: EntityType.Weapon } weapon ? weapon.Text
        : view.Lower(k) is "funds" or "money" or "cash" or "sanctuary" or "shelter" or "refuge" or "haven" or "training" or "assistance"
            or "weapons" or "arms" or "weaponry" or "munitions" or "ammunition" or "explosives" or "missiles" or "rockets" or "drones"
            ? view.Lower(k)
            : null;

    // "operational backing from the ISI", "funding and training": an -ing form used as a noun.
    private static bool IsNounUse(SentenceView view, int i) =>
        view.Lower(i).EndsWith("ing", StringComparison.Ordinal)
        && (view.Lower(i + 1) is "from" or "of" or "for" or "to" or "and" or "," || view.Lower(i - 1) is "and" or "," or "their" or "its" or "his" or "her"
            || SupportKinds.Contains(view.Lower(i - 1)));

    // "Mengal … handing a pistol to Rana Mohammad Ashfaq"
    private static void Giving(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!GivingVerbs.Contains(view.Lower(i)))
        {
            return;
        }
        var to = -1;
        string? item = null;
        for (var k = i + 1; k < Math.Min(view.End, i + 8); k++)
        {
            if (view.Lower(k) == "to")
            {
                to = k;
                break;
            }
            // A weapon named wins over money or help named before it.
            item = view.MentionAt(k) is { Type: EntityType.Weapon } ? GivenItem(view, k) : item ?? GivenItem(view, k);
        }
        // "provided the Houthis with drones": the receiver right after the verb, the item after "with".
        Mention? receiver = null;
        if (to < 0 && view.ObjectAfter(i + 1, SentenceView.IsActor, reach: 2) is { } direct && view.Lower(view.RangeOf(direct).End) == "with")
        {
            receiver = direct;
            var with = view.RangeOf(direct).End;
            item = Enumerable.Range(with + 1, 4).Select(k => GivenItem(view, k)).FirstOrDefault(found => found is not null);
        }
        else if (to >= 0)
        {
            receiver = view.ObjectAfter(to + 1, SentenceView.IsActor, reach: 4);
        }
        if (item is null)
        {
            return;
        }
        var giver = view.SubjectBefore(i, SentenceView.IsActor);
        if (giver is null || receiver is null || giver == receiver)
        {
            return;
        }
        var predicate = item is "funds" or "money" or "cash" ? Predicate.Funded
            : item is "sanctuary" or "shelter" or "refuge" or "haven" or "assistance" ? Predicate.Sponsors
            : item == "training" ? Predicate.Trained : Predicate.Supplied;
        found.Add(new RelationCandidate
        {
            Subject = giver, Predicate = predicate, Object = receiver, Trigger = (i, i + 1), Confidence = 0.8,
            Item = item, Pattern = "giving",
        });
    }

    // "Katiba Serma received weapons and funds from JNIM", "has almost certainly received drone components from the IRGC"
    private static void Receiving(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!ReceivingVerbs.Contains(view.Lower(i)))
        {
            return;
        }
        var from = Enumerable.Range(i + 1, 8).FirstOrDefault(k => view.Lower(k) == "from", -1);
        if (from < 0 || view.ObjectAfter(from + 1, SentenceView.IsActor, reach: 6) is not { } supplier
            || view.SubjectBefore(i, SentenceView.IsActor) is not { } recipient || recipient == supplier)
        {
            return;
        }
        var goods = Enumerable.Range(i + 1, from - i - 1).Select(view.Lower).ToList();
        var weapon = Enumerable.Range(i + 1, from - i - 1).Select(view.MentionAt).FirstOrDefault(m => m is { Type: EntityType.Weapon });
        var item = weapon?.Text ?? string.Join(' ', goods.Where(w => char.IsLetter(w[0]) && w is not ("a" or "an" or "the" or "and" or "some" or "any")));
        if (goods.Any(Funds.Contains))
        {
            found.Add(new RelationCandidate
            {
                Subject = supplier, Predicate = Predicate.Funded, Object = recipient, Trigger = (i, i + 1), Confidence = 0.75,
                Item = goods.First(Funds.Contains), Kinds = ["financial"], Pattern = "received-from",
            });
        }
        if (weapon is not null || !goods.All(Funds.Contains))
        {
            found.Add(new RelationCandidate
            {
                Subject = supplier, Predicate = Predicate.Supplied, Object = recipient, Trigger = (i, i + 1), Confidence = 0.75,
                Item = item.Length == 0 ? null : item, Pattern = "received-from",
            });
        }
    }

    // "laundering funds for the group", "raised money for Hamas"
    private static void FundsFor(SentenceView view, int i, List<RelationCandidate> found)
    {
        // "funds for LeT", "money to the Houthis", "funds on behalf of LeT".
        var behalf = view.Lower(i + 1) == "on" && view.Lower(i + 2) == "behalf" && view.Lower(i + 3) == "of";
        if (!Funds.Contains(view.Lower(i)) || view.Lower(i + 1) is not ("for" or "to") && !behalf)
        {
            return;
        }
        var beneficiary = view.ObjectAfter(i + (behalf ? 4 : 2), SentenceView.IsActor, reach: 4);
        // "sanctioned Abdul Rahman for raising funds", "accused Iran of sending money": the one sanctioned or accused raises them.
        var verb = view.Lower(i - 1) is "raising" or "raised" or "collecting" or "collected" or "sending" or "sent" or "channelling" or "channeling" or "providing" ? i - 1 : i;
        var funder = view.Lower(verb - 1) is "for" or "of" && view.MentionAt(verb - 2) is { } accused && SentenceView.IsActor(accused)
            ? accused : view.SubjectBefore(i, SentenceView.IsActor);
        if (beneficiary is not null && funder is not null && beneficiary != funder)
        {
            found.Add(new RelationCandidate
            {
                Subject = funder, Predicate = Predicate.Funded, Object = beneficiary, Trigger = (i, i + 1), Confidence = 0.65,
                Item = view.Lower(i), Kinds = ["financial"], Pattern = "funds-for",
            });
        }
    }

    // "ISKP and Lashkar-e-Taiba (LeT) have pooled recruiters"
    private static void Pooling(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!PoolingVerbs.Contains(view.Lower(i)) || view.SubjectBefore(i, SentenceView.IsGroup) is not { } second
            || view.CoordinatedWith(second) is not { } first)
        {
            return;
        }
        found.Add(Pair(first, second, Predicate.AlliedWith, i, 0.7, "pooled"));
    }

    // "ISKP-LeT partnership", "partnership between ISKP and … LeT", "X allied with Y", "Pakistan's links with ISKP"
    private static void Alliance(SentenceView view, int i, List<RelationCandidate> found)
    {
        var word = view.Lower(i);
        // "links to" and "ties to" are read below, with who has them.
        if (AllianceNouns.Contains(word) && !(LinkNouns.Contains(word) && view.Lower(i + 1) == "to"))
        {
            // "ISKP-LeT partnership", also written "Islamic State Khorasan Province (ISKP)-Lashkar-e-Taiba (LeT) Nexus".
            if (view.MentionAt(SkipAcronym(view, i - 1)) is { } right && SentenceView.IsActor(right) && view.Word(view.RangeOf(right).Start - 1) is "-" or "–"
                && view.MentionAt(SkipAcronym(view, view.RangeOf(right).Start - 2)) is { } left && SentenceView.IsActor(left) && left != right)
            {
                found.Add(Pair(left, right, Predicate.AlliedWith, i, 0.8, "compound-alliance"));
                return;
            }
            var next = i + 1;
            while (view.Lower(next) is "of" && view.Lower(next + 1) is "convenience" or "sorts")
            {
                next += 2;
            }
            if (view.Lower(next) == "between" || view.Lower(next) is "with" or "among")
            {
                var members = view.ListAfter(next + 1, SentenceView.IsActor);
                var owner = view.Lower(next) == "with" ? view.SubjectBefore(i, SentenceView.IsActor) : null;
                if (owner is not null && members.Count > 0)
                {
                    found.Add(Pair(owner, members[0], LinkNouns.Contains(word) ? Predicate.AssociatedWith : Predicate.AlliedWith, i, 0.7, "alliance-with"));
                }
                else if (members.Count >= 2)
                {
                    found.Add(Pair(members[0], members[1], Predicate.AlliedWith, i, 0.8, "alliance-between"));
                }
            }
        }
        // "allied to X", not "must cooperate to defeat ISIL": an infinitive after "to" names what the cooperation is for.
        else if (AllianceVerbs.Contains(word) && (view.Lower(i + 1) == "with"
            || view.Lower(i + 1) == "to" && !view.IsTaggedVerb(i + 2) && !HostileVerbs.Contains(view.Lower(i + 2)) && !Verbs.ContainsKey(view.Lower(i + 2))))
        {
            // "conducted 11 strikes coordinated with Iraq": a participle after an operation noun has the operation's agent.
            var subject = view.SubjectBefore(AgainstNouns.Contains(view.Lower(i - 1)) ? i - 1 : i, SentenceView.IsActor);
            var partner = view.ObjectAfter(i + 2, SentenceView.IsActor, reach: 5);
            if (subject is not null && partner is not null && subject != partner)
            {
                found.Add(Pair(subject, partner, Predicate.AlliedWith, i, 0.75, "alliance-verb"));
            }
        }
        // "The Taliban and al-Qaeda remain closely aligned", "… have cooperated": the parties are the coordinated subject.
        else if (AllianceVerbs.Contains(word) && view.Lower(i + 1) is not ("by" or "in" or "on") && view.MentionAt(i + 1) is null
            && view.SubjectBefore(i, SentenceView.IsActor) is { } second && view.CoordinatedWith(second) is { } first && SentenceView.IsActor(first))
        {
            found.Add(Pair(first, second, Predicate.AlliedWith, i, 0.7, "alliance-mutual"));
        }
        // "the ISI's links to the Taliban"; "the ISI has no links to the Taliban", "The Taliban denied any links to
        // al-Qaeda" (the clause's subject has them; negation and denial attach as to any trigger).
        else if (LinkNouns.Contains(word) && view.Lower(i + 1) is "with" or "to"
            && (view.Word(i - 1) is "'s" or "’s" ? view.MentionAt(i - 2) : LinksOwner(view, i)) is { } holder && SentenceView.IsActor(holder)
            && view.ObjectAfter(i + 2, SentenceView.IsActor, reach: 4) is { } other && other != holder)
        {
            found.Add(Pair(holder, other, Predicate.AssociatedWith, i, 0.6, "links-with"));
        }
        else if ((word == "together" && view.Lower(i + 1) == "with" || word == "alongside") && AllyBefore(view, i) is { } ally
            && view.ObjectAfter(word == "alongside" ? i + 1 : i + 2, SentenceView.IsActor, reach: 4) is { } partner && partner.EntityKey != ally.EntityKey)
        {
            found.Add(Pair(ally, partner, Predicate.AlliedWith, i, 0.7, "together-with"));
        }
        else if (word is "turned" or "turning" && view.Lower(i + 1) == "to" && view.SubjectBefore(i, SentenceView.IsActor) is { } turner
            && view.ObjectAfter(i + 2, SentenceView.IsActor, reach: 3) is { } turnedTo && turnedTo != turner)
        {
            found.Add(Pair(turner, turnedTo, Predicate.AssociatedWith, i, 0.55, "turned-to"));
        }
        else if (word == "linked" && view.Lower(i + 1) == "to" && view.SubjectBefore(i, SentenceView.IsActor) is { } linked
            && view.ObjectAfter(i + 2, SentenceView.IsActor, reach: 4) is { } to && to != linked)
        {
            found.Add(Pair(linked, to, Predicate.AssociatedWith, i, 0.6, "linked-to"));
        }
    }

    // "the Men and Women of the 407th AEG, together with our partners, …", "Kurdish fighters alongside …": the actor the
    // phrase follows, right before it or before its comma.
    private static Mention? AllyBefore(SentenceView view, int i)
    {
        var end = view.Word(i - 1) == "," ? i - 2 : i - 1;
        return view.MentionAt(end) is { } ally && SentenceView.IsActor(ally) && !view.IsModifierAt(view.RangeOf(ally).End) ? ally : null;
    }

    // "backing from the ISI", "with ISI backing, he …", "under the supervision of the Pakistani military",
    // "a key facilitator for ISKP", "a demon child of Pakistan's Inter-Services Intelligence",
    // "facilitated financial assistance to Hafiz Saeed Khan"
    private static void Support(SentenceView view, int i, List<RelationCandidate> found)
    {
        var word = view.Lower(i);
        if (SupportNouns.Contains(word) && view.Lower(i + 1) is "from" or "by"
            && view.ObjectAfter(i + 2, SentenceView.IsActor, reach: 5) is { } sponsor
            && view.SubjectBefore(KindsStart(view, i), SentenceView.IsActor) is { } beneficiary && beneficiary != sponsor)
        {
            found.Add(Sponsor(view, sponsor, beneficiary, i, "support-from"));
        }
        else if (SupportNouns.Contains(word) && view.MentionAt(i - 1) is { } backer && SentenceView.IsActor(backer)
            && view.Lower(view.RangeOf(backer).Start - 1) == "with" && view.Word(i + 1) == ",")
        {
            var subject = view.Lower(i + 2) is "he" or "she" or "it" ? view.Referent(i + 2) : view.MentionAt(i + 2);
            if (subject is not null && SentenceView.IsActor(subject) && subject != backer)
            {
                found.Add(Sponsor(view, backer, subject, i, "with-backing"));
            }
        }
        else if (SupportNouns.Contains(word) && view.Word(i - 1) is "'s" or "’s" && view.MentionAt(i - 2) is { } patron
            && SentenceView.IsActor(patron) && view.Lower(i + 1) is "of" or "for" or "to"
            && view.ObjectAfter(i + 2, SentenceView.IsActor, reach: 4) is { } client && client != patron)
        {
            found.Add(Sponsor(view, patron, client, i, "possessive-support"));
        }
        else if (ControlNouns.Contains(word) && view.Lower(i + 1) == "of" && Enumerable.Range(i - 3, 3).Any(k => view.Lower(k) == "under")
            && view.ObjectAfter(i + 2, SentenceView.IsActor, reach: 5) is { } controller
            && view.SubjectBefore(i, SentenceView.IsActor) is { } controlled && controlled != controller)
        {
            found.Add(Sponsor(view, controller, controlled, i, "under-control-of"));
        }
        else if (SponsorRoles.Contains(word) && view.Lower(i + 1) is "for" or "of" or "to"
            && view.ObjectAfter(i + 2, SentenceView.IsActor, reach: 4) is { } helped
            && view.SubjectBefore(i, SentenceView.IsActor) is { } helper && helper != helped)
        {
            found.Add(Sponsor(view, helper, helped, i, "facilitator-for"));
        }
        else if (ClientNouns.Contains(word) && view.Lower(i + 1) == "of"
            && view.ObjectAfter(i + 2, SentenceView.IsActor, reach: 5) is { } master
            && view.SubjectBefore(i, SentenceView.IsActor) is { } proxy && proxy != master)
        {
            found.Add(Sponsor(view, master, proxy, i, "client-of") with { Confidence = 0.65 });
        }
        else if (ClientNouns.Contains(word) && OwnerBefore(view, i) is { } owner
            && view.SubjectBefore(view.RangeOf(owner).Start, SentenceView.IsActor) is { } owned && owned != owner
            && owned.EntityKey != owner.EntityKey)
        {
            // "Hezbollah, Iran's main proxy in Lebanon", "the Houthis are Tehran's proxies".
            found.Add(Sponsor(view, owner, owned, i, "owner-of-client") with { Confidence = 0.65 });
        }
        else if (word is "facilitated" or "provided" or "extended" or "channelled" or "channeled" && view.Contains(i + 1))
        {
            var noun = i + 1;
            while (SupportKinds.Contains(view.Lower(noun)) || view.Lower(noun) is "and" or ",")
            {
                noun++;
            }
            if (SupportNouns.Contains(view.Lower(noun)) && view.Lower(noun + 1) == "to"
                && view.ObjectAfter(noun + 2, SentenceView.IsActor, reach: 4) is { } recipient
                && view.SubjectBefore(i, SentenceView.IsActor) is { } giver && giver != recipient)
            {
                var candidate = Sponsor(view, giver, recipient, noun, "facilitated-assistance");
                found.Add(candidate.Kinds.Contains("financial") ? candidate with { Predicate = Predicate.Funded } : candidate);
            }
        }
    }

    // The name an apposition opening at the participle at i describes: "the Houthis, (long) backed by Iran".
    private static Mention? NamedBeforeApposition(SentenceView view, int i)
    {
        var k = i - 1;
        while (view.Lower(k) is "long" or "reportedly" or "allegedly" or "heavily" or "openly" or "secretly" or "also" or "partly" or "largely")
        {
            k--;
        }
        return view.Word(k) is "," or "–" or "—" or "(" ? view.MentionAt(k - 1) : null;
    }

    // The actor owning the noun at i, past a few adjectives: "Iran's main proxy", "Tehran's closest ally".
    private static Mention? OwnerBefore(SentenceView view, int i)
    {
        var k = i - 1;
        while (view.Lower(k) is "main" or "key" or "chief" or "principal" or "most" or "closest" or "favoured" or "favored"
            or "regional" or "armed" or "powerful" or "loyal" or "local" or "militant")
        {
            k--;
        }
        return view.Word(k) is "'s" or "’s" && view.MentionAt(k - 1) is { } owner && SentenceView.IsActor(owner) ? owner : null;
    }

    // "ISKP facilities in … Mastung and Khuzdar", "ISKP's Mastung base", "ISIS camps operating in Balochistan",
    // "the Pakistan-based militant group Lashkar-e-Taiba", "ISKP's operational footprint in Balochistan"
    private static void Presence(SentenceView view, int i, List<RelationCandidate> found)
    {
        var word = view.Lower(i);
        if (PresenceNouns.Contains(word))
        {
            var k = i - 1;
            Mention? site = null;
            if (view.MentionAt(k) is { } place && SentenceView.IsPlace(place) && view.Word(view.RangeOf(place).Start - 1) is "'s" or "’s")
            {
                site = place;
                k = view.RangeOf(place).Start - 1;
            }
            while (view.Lower(k) is "operational" or "military" or "training" or "new" or "main" or "secret" or "covert" or "own")
            {
                k--;
            }
            if (view.Word(k) is "'s" or "’s")
            {
                k--;
            }
            if (view.MentionAt(k) is not { } group || !SentenceView.IsGroup(group))
            {
                return;
            }
            var places = site is not null ? [site] : new List<Mention>();
            var after = i + 1;
            if (view.Lower(after) is "operating" or "located" or "active" or "based")
            {
                after++;
            }
            if (site is null && view.Lower(after) is "in" or "at" or "near" or "across" or "inside")
            {
                places = view.ListAfter(after + 1, SentenceView.IsPlace);
            }
            foreach (var place2 in places)
            {
                found.Add(new RelationCandidate
                {
                    Subject = group, Predicate = Predicate.OperatesIn, Object = place2, Trigger = (i, i + 1),
                    Confidence = 0.8, Pattern = "presence-noun",
                });
            }
        }
        else if (PresenceVerbs.Contains(word) && view.Lower(i + 1) is "in" or "across" or "inside" && view.Lower(i - 1) != "-")
        {
            // "ISIS camps operating in Balochistan": the group stands just before; a distant one is not what operates.
            var actor = view.SubjectBefore(i, SentenceView.IsGroup) is { } near && i - view.RangeOf(near).End <= 3 ? near : null;
            foreach (var place in actor is null ? [] : view.ListAfter(i + 2, SentenceView.IsPlace))
            {
                found.Add(new RelationCandidate
                {
                    Subject = actor!, Predicate = Predicate.OperatesIn, Object = place, Trigger = (i, i + 1),
                    Confidence = 0.75, Pattern = "presence-verb",
                });
            }
        }
        else if (word == "based" && view.Word(i - 1) is "-" && view.MentionAt(i - 2) is { } home && SentenceView.IsPlace(home)
            && view.ObjectAfter(i + 1, SentenceView.IsGroup, reach: 5) is { } based)
        {
            found.Add(new RelationCandidate
            {
                Subject = based, Predicate = Predicate.LocatedIn, Object = home, Trigger = (i, i + 1),
                Confidence = 0.85, Pattern = "place-based",
            });
        }
    }

    // Who has the links a verb of having or denying takes: "the ISI has no links to", "denied any links to".
    private static Mention? LinksOwner(SentenceView view, int noun)
    {
        var k = noun - 1;
        while (view.Lower(k) is "no" or "any" or "close" or "direct" or "longstanding" or "long-standing" or "deep" or "strong" or "extensive")
        {
            k--;
        }
        return view.Lower(k) is "has" or "have" or "had" or "maintains" or "maintained" or "denied" or "denies" or "deny" or "retains"
            ? view.SubjectBefore(k, SentenceView.IsActor)
            : null;
    }

    // "LeT, a United Nations-designated terrorist organization", "designated by the UN", "was designated a terrorist
    // group by the US", "The United States designated the Haqqani network as a terrorist organization".
    private static void Designation(SentenceView view, int i, List<RelationCandidate> found)
    {
        // "The US Treasury sanctioned Abdul Rahman for …": a sanction lists a person or a group, with no "as".
        var sanction = view.Lower(i) is "sanctioned" or "blacklisted";
        if (view.Lower(i) is not ("designated" or "designates" or "designate") && !sanction)
        {
            return;
        }
        Func<Mention, bool> listable = sanction ? SentenceView.IsActor : SentenceView.IsGroup;
        Mention? designator = null;
        Mention? designated = null;
        var by = Enumerable.Range(i + 1, Math.Min(6, Math.Max(0, view.End - i - 1)))
            .TakeWhile(k => view.Word(k) is not ("," or ";")).FirstOrDefault(k => view.Lower(k) == "by", -1);
        if (view.Word(i - 1) is "-" && view.MentionAt(i - 2) is { } before && SentenceView.IsActor(before))
        {
            designator = before;
        }
        else if (by > 0)
        {
            designator = view.ObjectAfter(by + 1, SentenceView.IsActor, reach: 5);
        }
        else if (view.AuxiliaryBefore(i) is null && view.ObjectAfter(i + 1, listable, reach: 3) is { } listed
            && (sanction || view.Lower(view.RangeOf(listed).End) is "as" or "a" or "an"))
        {
            designator = view.ClauseSubjectBefore(i, SentenceView.IsActor);
            designated = listed;
        }
        designated ??= view.SubjectBefore(designator is null ? i : view.RangeOf(designator).Start, listable);
        if (designator is not null && designated is not null && designated != designator)
        {
            found.Add(new RelationCandidate
            {
                Subject = designated, Predicate = Predicate.DesignatedBy, Object = designator, Trigger = (i, i + 1),
                Confidence = 0.85, Pattern = "designated",
            });
        }
    }

    // "… responsible for the 2008 Mumbai attacks"
    private static void Responsibility(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (view.Lower(i) is not ("responsible" or "responsibility") || view.Lower(i + 1) != "for")
        {
            return;
        }
        var target = view.ObjectAfter(i + 2, m => m.Type is EntityType.Event, reach: 5);
        var actor = view.SubjectBefore(i, SentenceView.IsActor);
        if (target is not null && actor is not null)
        {
            found.Add(new RelationCandidate
            {
                Subject = actor, Predicate = Predicate.ResponsibleFor, Object = target, Trigger = (i, i + 2),
                Confidence = 0.8, Pattern = "responsible-for",
            });
        }
        // "ISKP claimed responsibility for the bombing in Kabul", "for the attack on the Serena Hotel": the attack is the
        // actor's by its own word (the verb of claiming holds it).
        var noun = view.Lower(i + 2) is "the" or "a" or "an" or "this" or "that" or "these" or "those" ? i + 3 : i + 2;
        if (target is null && actor is not null && DependencyPatterns.IsAttackNoun(view.Lower(noun)) && ClaimedAttack.OpensTarget(view.Lower(noun + 1))
            && AttackClaimed(view, actor, noun, noun + 1, 3, "claimed-attack") is { } claimed)
        {
            found.Add(claimed);
        }
    }

    // An attack claimed after it is named: see ClaimedAttack.
    private static void ClaimedAttackBefore(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (ClaimedAttack.Find(view, i) is { } claim
            && AttackClaimed(view, claim.Claimant, claim.Attack, claim.Preposition, 4, "claimed-attack-before") is { } claimed)
        {
            found.Add(claimed);
        }
    }

    // The claimant's attack on the place or body named after the attack noun's preposition, or null.
    private static RelationCandidate? AttackClaimed(SentenceView view, Mention claimant, int noun, int preposition, int reach, string pattern) =>
        view.ObjectAfter(preposition + 1, m => SentenceView.IsPlace(m) || SentenceView.IsActor(m), reach) is { } attacked && attacked != claimant
            ? new RelationCandidate
            {
                Subject = claimant, Predicate = Predicate.Attacked, Object = attacked, Trigger = (noun, noun + 1), Confidence = 0.75, Pattern = pattern,
            }
            : null;

    // "until his death in July 2016", "X died in", "X was killed in"
    private static void Death(SentenceView view, int i, List<RelationCandidate> found)
    {
        Mention? person = null;
        if (view.Lower(i) == "death" && view.Lower(i - 1) is "his" or "her")
        {
            person = view.Referent(i - 1);
        }
        // "was killed", "was reportedly killed", "has been killed".
        else if (view.Lower(i) == "died" || view.Lower(i) == "killed" && view.Lower(view.AuxiliaryBefore(i) ?? i) is "was" or "were" or "been" && view.Lower(i + 1) != "by")
        {
            person = view.SubjectBefore(i, SentenceView.IsPerson);
        }
        if (person is not null)
        {
            found.Add(new RelationCandidate
            {
                Subject = person, Predicate = Predicate.Died, Trigger = (i, i + 1), Confidence = 0.8, Pattern = "death",
            });
        }
    }

    // "its declared hostility toward U.S. interests", "war against X"
    private static void Hostility(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!HostilityNouns.Contains(view.Lower(i)) || view.Lower(i + 1) is not ("toward" or "towards" or "against" or "on"))
        {
            return;
        }
        var target = view.ObjectAfter(i + 2, SentenceView.IsActor, reach: 4);
        Mention? actor = null;
        for (var k = i - 1; k >= Math.Max(view.First, i - 3); k--)
        {
            if (view.Lower(k) is "its" or "his" or "her" or "their")
            {
                actor = view.Referent(k);
                break;
            }
        }
        // "reiterates support for the Government of Iraq in the fight against ISIL": the fight is the one supported.
        if (actor is null && view.Lower(i - 1) == "the" && view.Lower(i - 2) == "in" && view.MentionAt(i - 3) is { } supported && SentenceView.IsActor(supported))
        {
            var start = view.RangeOf(supported).Start;
            var preposition = view.Lower(start - 1) == "the" ? start - 2 : start - 1;
            actor = view.Lower(preposition) is "for" or "to" && IsSupportNoun(view.Lower(preposition - 1)) ? supported : null;
        }
        actor ??= view.SubjectBefore(i, SentenceView.IsActor);
        if (target is not null && actor is not null && target != actor)
        {
            found.Add(Pair(actor, target, Predicate.HostileTo, i, 0.7, "hostility-toward"));
        }
    }

    // "Ashfaq and his deputy, Saifullah Kasuri, had convened a meeting in Balochistan"
    private static void Meeting(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!(view.Lower(i) is "convened" or "held" or "attended" or "hosted" or "organised" or "organized" or "chaired")
            || !Enumerable.Range(i + 1, 3).Any(k => MeetingNouns.Contains(view.Lower(k))))
        {
            return;
        }
        var subject = view.SubjectBefore(i, SentenceView.IsActor);
        if (subject is null)
        {
            return;
        }
        var place = PlaceAfter(view, i + 1, subject, subject);
        foreach (var partner in Coordinated(view, subject))
        {
            found.Add(Pair(partner, subject, Predicate.MetWith, i, 0.75, "convened-meeting") with { Place = place });
        }
    }

    /// <summary>The parties of the last alliance among <paramref name="candidates"/>, or null.</summary>
    public static (Mention A, Mention B)? LastAlliance(IEnumerable<RelationCandidate> candidates) =>
        candidates.LastOrDefault(c => c.Predicate == Predicate.AlliedWith && c.Object is not null) is { } last ? (last.Subject, last.Object!) : null;

    // Where an event or a post is, its parties are: "Carter met with al-Abadi in Baghdad" puts both in Baghdad,
    // "X was arrested by Y near Z" both near Z, "ISKP's coordinator in Balochistan" the coordinator in Balochistan.
    private static void EventPlaces(List<RelationCandidate> found)
    {
        foreach (var candidate in found.Where(c => c.Place is not null).ToList())
        {
            Mention?[] parties = candidate.Predicate switch
            {
                Predicate.MetWith or Predicate.Arrested or Predicate.Detained or Predicate.Killed or Predicate.Attacked => [candidate.Subject, candidate.Object],
                Predicate.Died or Predicate.Leads or Predicate.MemberOf or Predicate.DeputyOf => [candidate.Subject],
                _ => [],
            };
            foreach (var party in parties.OfType<Mention>().Where(p => p.Type is EntityType.Person or EntityType.Organization && p != candidate.Place))
            {
                found.Add(new RelationCandidate
                {
                    Subject = party, Predicate = party.Type == EntityType.Organization ? Predicate.OperatesIn : Predicate.LocatedIn, Object = candidate.Place,
                    Trigger = candidate.Trigger, Confidence = 0.6, Pattern = "event-place",
                });
            }
        }
    }

    // "killing approximately 30 terrorists" gives the attack a count.
    private static void AttachCounts(SentenceView view, List<RelationCandidate> found)
    {
        for (var i = view.First; i < view.End; i++)
        {
            if (view.Lower(i) is not ("killing" or "killed" or "leaving"))
            {
                continue;
            }
            var k = i + 1;
            while (CountAdverbs.Contains(view.Lower(k)) || view.Lower(k) == "at")
            {
                k++;
            }
            if (int.TryParse(view.Word(k).Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                for (var c = 0; c < found.Count; c++)
                {
                    if (found[c].Predicate is Predicate.Attacked && found[c].Trigger.Start < i)
                    {
                        found[c] = found[c] with { Count = count };
                    }
                }
            }
        }
    }

    private static IEnumerable<Mention> Coordinated(SentenceView view, Mention subject)
    {
        if (view.CoordinatedWith(subject) is { } other)
        {
            yield return other;
        }
    }

    private static int KindsStart(SentenceView view, int noun)
    {
        var k = noun - 1;
        while (SupportKinds.Contains(view.Lower(k)) || view.Lower(k) is "," or "and")
        {
            k--;
        }
        return k + 1;
    }

    private static RelationCandidate Sponsor(SentenceView view, Mention sponsor, Mention client, int noun, string pattern)
    {
        var kinds = Enumerable.Range(KindsStart(view, noun), noun - KindsStart(view, noun))
            .Select(view.Lower)
            .Where(SupportKinds.Contains)
            .ToImmutableArray();
        if (view.Lower(noun) is "sanctuary" or "shelter")
        {
            kinds = kinds.Add("safe_haven");
        }
        return new RelationCandidate
        {
            Subject = sponsor, Predicate = Predicate.Sponsors, Object = client, Trigger = (noun, noun + 1),
            Confidence = 0.75, Kinds = kinds, Pattern = pattern,
        };
    }

    // The person named right after "joined", past a capitalised post and the country that qualifies it ("joined US Secretary
    // of State John Kerry"), or null.
    private static Mention? PersonJoined(SentenceView view, int start)
    {
        for (var k = view.Lower(start) is "the" ? start + 1 : start; k < Math.Min(view.End, start + 8); k++)
        {
            if (view.MentionAt(k) is { } named)
            {
                if (SentenceView.IsPerson(named))
                {
                    return named;
                }
                k = view.RangeOf(named).End;
                if (!Lexicon.Titles.Contains(view.Word(k)))
                {
                    return null;
                }
            }
            else if (!(view.Word(k) == "of" || char.IsUpper(view.Word(k)[0])))
            {
                return null;
            }
        }
        return null;
    }

    private static RelationCandidate Pair(Mention subject, Mention obj, Predicate predicate, int trigger, double confidence, string pattern) => new()
    {
        Subject = subject, Predicate = predicate, Object = obj, Trigger = (trigger, trigger + 1),
        Confidence = confidence, Pattern = pattern,
    };

    // A definite "commander" (the commander of X, or "commander of X" with no article) leads X, as the dependency reader has it.
    private static RelationCandidate RoleCandidate(
        SentenceView view, Mention person, Mention group, int roleStart, int roleEnd, Mention? place, string pattern, double confidence, bool definite = false)
    {
        var role = string.Join(' ', Enumerable.Range(roleStart, roleEnd - roleStart).Select(view.Lower));
        var head = view.Lower(roleEnd - 1);
        var unit = Enumerable.Range(roleStart, roleEnd - roleStart).Any(k => Lexicon.SubUnits.Contains(view.Lower(k)));
        var leader = Lexicon.LeaderRoles.Contains(head) || head == "commander" && definite;
        var predicate = leader && !role.Contains("deputy", StringComparison.Ordinal) && !unit ? Predicate.Leads
            : head is "founder" or "co-founder" ? Predicate.Founded
            : Predicate.MemberOf;
        return new RelationCandidate
        {
            Subject = person, Predicate = predicate, Object = group, Trigger = (roleStart, roleEnd), Confidence = confidence,
            Role = role, Place = place, Pattern = pattern,
        };
    }

    // "near the Afghanistan-Pakistan border", "in Balochistan": a place after the arguments, stepping
    // over an apposition ("arrested X, a recruiter for LeT, in Quetta").
    private static Mention? PlaceAfter(SentenceView view, int from, Mention first, Mention second)
    {
        for (var k = from; k < Math.Min(view.End, from + 16); k++)
        {
            // "for talks on the humanitarian situation in Aleppo and across Syria": what follows a topic is its place, not
            // where the talks are.
            if (view.Lower(k) is ";" or "that" or "who" or "which" or "–" or "—" || IsTopicNoun(view.Lower(k))
                || view.Lower(k) == "," && view.Lower(k + 1) is not ("a" or "an" or "the" or "also" or "in" or "near" or "at" or "on"))
            {
                return null;
            }
            if (view.Lower(k) is "in" or "near" or "at" or "inside" or "outside" or "across"
                && view.ObjectAfter(k + 1, SentenceView.IsPlace, reach: 3) is { } place && place != first && place != second)
            {
                return place;
            }
        }
        return null;
    }

    // From the ")" of a bracketed acronym back to the name it follows.
    private static int SkipAcronym(SentenceView view, int i) =>
        view.Word(i) == ")" && view.Word(i - 2) == "(" ? i - 3 : i;

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
