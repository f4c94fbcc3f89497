using Nexus.Text.Names;

namespace Nexus.Text.Claims;

/// <summary>
/// Reads relations from the dependency parse of a sentence: subjects (nsubj, or obl:agent "by" in a
/// passive, inherited through xcomp, advcl, conj and participial acl, and the antecedent of a relative
/// "who/which"), objects (obj, and obl "with/to/against" where the verb takes them), coordination
/// (every conjunct of an argument is an argument: "A and B met" links A and B), appositions and copular
/// roles ("X, commander of Y", "He was a member of Y"), possessive and compound agents of nominal
/// triggers ("the SDF's fight against ISIL", "U.S. airstrikes against al-Qaida"), lists ("nations …
/// include A, B and C"), places ("in/near/at X" on a clause or an actor) and "in support of" / "in
/// coordination with" phrases. It adds to <see cref="RelationPatterns"/>; the claim stage keeps the
/// most confident candidate per relation. Pattern names start with "dep:".
/// </summary>
internal static class DependencyPatterns
{
    private static readonly FrozenSet<string> AttackLemmas = Set(
        "attack", "strike", "hit", "bomb", "shell", "raid", "ambush", "storm", "overrun", "assault", "invade", "overran", "struck");

    private static readonly FrozenSet<string> HostileLemmas = Set(
        "fight", "fought", "battle", "combat", "counter", "oppose", "confront", "engage", "defeat", "degrade", "destroy",
        "eliminate", "repel", "besiege", "target", "clash", "dismantle", "disrupt", "isolate", "encircle", "expel",
        "dislodge", "pursue", "hunt", "threaten", "resist");

    // Verbs whose "from"/"of" phrase names the enemy: "liberated Dabiq from ISIL", "rid Iraq of ISIL".
    private static readonly FrozenSet<string> DislodgeLemmas = Set(
        "liberate", "seize", "retake", "retook", "recapture", "free", "rid", "clear", "reclaim", "wrest", "drive", "drove", "driven", "push",
        "take", "expel", "oust", "evict", "flush");

    // Verbs whose object is a place taken, held or cut off by the subject's own operation there.
    private static readonly FrozenSet<string> TakingLemmas = Set(
        "liberate", "seize", "retake", "retook", "recapture", "reclaim", "clear", "isolate", "encircle", "besiege", "surround", "enter", "capture");

    // Verbs whose object is a place the subject takes or holds: "ISIL seized Mosul", "Mosul was taken by ISIL", "Houthi
    // rebels have controlled Sanaa since 2014". Irregular forms are listed; "overran" stays an attack.
    private static readonly FrozenSet<string> ControlLemmas = Set(
        "seize", "capture", "retake", "retook", "retaken", "recapture", "reclaim", "take", "took", "taken", "occupy", "control", "hold",
        "held", "conquer", "wrest", "annex", "rule", "govern");

    // "Mosul fell to ISIL": the subject is the place, the "to" phrase who took it.
    private static readonly FrozenSet<string> FallLemmas = Set("fall", "fell", "fallen");

    // Nouns for a body's men: "ISIL fighters", "al-Shabaab militants", "Houthi forces".
    private static readonly FrozenSet<string> MemberNouns = Set(
        "fighters", "militants", "forces", "troops", "operatives", "members", "gunmen", "insurgents", "loyalists", "soldiers",
        "rebels", "jihadists", "terrorists", "units", "cadres", "commanders", "leaders");

    private static readonly FrozenSet<string> KillLemmas = Set("kill", "assassinate", "execute", "murder", "behead", "slay", "slew");

    private static readonly FrozenSet<string> ArrestLemmas = Set("arrest", "capture", "apprehend", "nab", "detain");

    private static readonly FrozenSet<string> MeetLemmas = Set(
        "meet", "met", "speak", "spoke", "talk", "confer", "telephone", "phone", "consult", "discuss", "negotiate", "visit",
        "host", "welcome", "brief", "thank", "urge", "congratulate", "tell", "told", "inform", "greet", "convey", "call");

    // Contact verbs whose object is the topic, not the partner: "discussed UK-France co-operation", "talked Syria".
    private static readonly FrozenSet<string> VisitLemmas = Set("visit");

    // Verbs of being somewhere: negated, they deny presence ("does not operate in Y") rather than an event.
    private static readonly FrozenSet<string> PresenceLemmas = Set("operate", "base", "station", "deploy", "remain", "live", "stay", "exist");

    private static readonly FrozenSet<string> TopicLemmas = Set("speak", "spoke", "talk", "confer", "discuss", "negotiate", "convey");

    // Symmetric verbs: "The secretary and Abadi agreed", "the two sides met".
    private static readonly FrozenSet<string> JointLemmas = Set("meet", "met", "agree", "talk", "confer", "discuss", "negotiate", "speak", "spoke");

    private static readonly FrozenSet<string> AllyLemmas = Set(
        "work", "cooperate", "coordinate", "collaborate", "partner", "ally", "align", "team", "unite", "join", "fight", "fought", "operate", "serve");

    private static readonly FrozenSet<string> SupportLemmas = Set(
        "support", "back", "assist", "aid", "help", "sponsor", "shelter", "harbor", "harbour", "protect", "advise", "empower", "bolster", "reinforce");

    // Verbs whose object does what the clause after it says ("accused X of backing Y", "blamed X for …").
    private static readonly FrozenSet<string> ObjectControlLemmas = Set(
        "accuse", "blame", "charge", "suspect", "credit", "praise", "condemn", "criticise", "criticize", "thank", "urge", "press", "ask",
        "order", "force", "pressure");

    private static readonly FrozenSet<string> LeadLemmas = Set("lead", "led", "head", "command", "chair", "run", "ran");

    private static readonly FrozenSet<string> IncludeLemmas = Set("include", "comprise", "encompass", "contain");

    // "made up of", "composed of", "consisting of": the "of" phrase lists members of the subject.
    private static readonly FrozenSet<string> ComposedLemmas = Set("make", "made", "compose", "consist", "comprise", "form");

    private static readonly FrozenSet<string> FromLemmas = Set("visit", "deploy", "come", "came", "arrive", "hail", "draw", "drawn", "dispatch", "send", "sent");

    // "into" places only what moves ("deployed into Syria"): attacks launched into Afghanistan are not there.
    private static readonly FrozenSet<string> PlaceCases = Set(
        "in", "near", "at", "inside", "across", "throughout", "outside", "around", "within", "on");

    private static readonly FrozenSet<string> MoveLemmas = Set(
        "deploy", "return", "travel", "fly", "flew", "go", "went", "move", "arrive", "head", "send", "sent", "dispatch", "relocate", "return", "withdraw", "withdrew", "retreat", "flee", "fled");

    // Verbs whose "in X" says where something is judged or talked about, not where the subject is.
    private static readonly FrozenSet<string> StanceLemmas = Set(
        "condemn", "welcome", "congratulate", "applaud", "deplore", "mourn", "commend", "discuss", "talk", "say", "said", "announce",
        "express", "urge", "call", "note", "thank", "remember", "comment", "praise", "denounce", "criticize", "criticise", "recognize",
        "recognise", "acknowledge", "reaffirm", "stress", "emphasize", "underscore", "highlight", "mark", "celebrate", "deny", "claim",
        "report", "describe", "see", "saw", "hear", "heard", "want", "hope", "wish", "offer", "extend", "pledge", "support", "commit");

    // Stances too, kept out of StanceLemmas: the learned reader reads that list as a trigger class, and its features stay as trained.
    private static readonly FrozenSet<string> RestatingLemmas = Set("reiterate", "restate");

    // Verbs that only carry an event noun: "conducted 34 strikes in Syria" places the conductor there.
    private static readonly FrozenSet<string> LightLemmas = Set(
        "conduct", "carry", "launch", "stage", "mount", "execute", "deliver", "make", "made", "undertake", "perform", "fly", "flew", "run", "ran");

    private static readonly FrozenSet<string> AttackNouns = Set(
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "assault", "assaults", "bombing",
        "bombings", "offensive", "shelling", "bombardment", "air strikes");

    // Nouns for a side's hostile effort: "the SDF's fight", "Iraq's campaign", "the coalition's efforts".
    private static readonly FrozenSet<string> HostileNouns = Set(
        "fight", "battle", "war", "campaign", "struggle", "efforts", "effort", "offensive", "operations", "operation", "strikes", "attacks");

    private static readonly FrozenSet<string> ContactNouns = Set(
        "call", "meeting", "meetings", "talks", "conversation", "discussion", "discussions", "dialogue", "visit", "consultations", "contact");

    private static readonly FrozenSet<string> CooperationNouns = Set("support", "coordination", "cooperation", "partnership", "concert", "collaboration", "conjunction", "alliance");

    private static readonly FrozenSet<string> RelativePronouns = Set("who", "which", "that", "whom");

    // Pronouns that stand for their referent as an argument.
    private static readonly FrozenSet<string> ArgumentPronouns = Set("he", "she", "it", "him", "her", "its", "his", "they", "them", "their");

    // Nominalised events whose "of"/"for" phrase names the patient: "the arrest of X by Y", "X's backing of Y",
    // "funding for Y".
    private static readonly FrozenDictionary<string, Predicate> EventNouns = new Dictionary<string, Predicate>
    {
        ["arrest"] = Predicate.Arrested, ["arrests"] = Predicate.Arrested, ["capture"] = Predicate.Arrested, ["apprehension"] = Predicate.Arrested,
        ["detention"] = Predicate.Detained, ["killing"] = Predicate.Killed, ["killings"] = Predicate.Killed, ["assassination"] = Predicate.Killed,
        ["murder"] = Predicate.Killed, ["execution"] = Predicate.Killed, ["backing"] = Predicate.Sponsors, ["support"] = Predicate.Sponsors,
        ["sponsorship"] = Predicate.Sponsors, ["patronage"] = Predicate.Sponsors, ["funding"] = Predicate.Funded, ["financing"] = Predicate.Funded,
        ["training"] = Predicate.Trained,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Nouns that refer back to an alliance already named ("this collaboration", "the partnership"), and the verbs
    // whose agent stands behind one ("orchestrated and sustained by the ISI").
    private static readonly FrozenSet<string> AllianceAnaphors = Set(
        "collaboration", "partnership", "alliance", "nexus", "cooperation", "co-operation", "alignment", "axis", "pact");

    private static readonly FrozenSet<string> BackingLemmas = Set(
        "orchestrate", "sustain", "back", "support", "sponsor", "facilitate", "fund", "finance", "enable", "broker", "engineer",
        "mastermind", "nurture", "bankroll", "underwrite");

    // Verbs that hand over what an event noun names: "Turkey provided support to the opposition".
    private static readonly FrozenSet<string> HandingLemmas = Set("provide", "give", "gave", "offer", "extend", "lend", "lent", "deliver", "pledge");

    private static readonly FrozenSet<string> SupportKindWords = Set("financial", "logistical", "operational");

    /// <summary>
    /// For each sentence of <paramref name="document"/>, whether these patterns could find anything in
    /// its parse. Every relation they read joins two different mentions, each named in the sentence
    /// (<see cref="SentenceView.MentionAt"/>) or stood for by a pronoun in it (<see cref="Actors"/>),
    /// so a sentence with fewer than two mentions and pronouns together yields nothing whatever its
    /// parse: the pipeline does not parse it.
    /// </summary>
    public static bool[] Readable(AnnotatedDocument document)
    {
        var sentences = document.Sentences;
        var arguments = new int[sentences.Length];
        var pronouns = ArgumentPronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[8];
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (var i = sentence.FirstToken; i < sentence.FirstToken + sentence.TokenCount; i++)
            {
                var text = document.Tokens[i].Text.AsSpan();
                if (text.Length <= lower.Length)
                {
                    // Lower-cased as SentenceView.Lower does (ToLowerInvariant), so exactly the pronouns Actors reads count.
                    var length = text.ToLowerInvariant(lower);
                    arguments[s] += pronouns.Contains(lower[..length]) ? 1 : 0;
                }
            }
        }
        foreach (var mention in document.Mentions)
        {
            // Every sentence the mention overlaps: the first ending after its start, on while they start before its end.
            var s = FirstEndingAfter(sentences, mention.Span.Start);
            for (; s < sentences.Length && sentences[s].Span.Start < mention.Span.End; s++)
            {
                arguments[s]++;
            }
        }
        return [.. arguments.Select(count => count >= 2)];
    }

    private static int FirstEndingAfter(ImmutableArray<Sentence> sentences, int offset)
    {
        int low = 0, high = sentences.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = sentences[middle].Span.End > offset ? (low, middle) : (middle + 1, high);
        }
        return low;
    }

    /// <summary>Whether a verb takes a stance on something (condemns, welcomes, discusses, reiterates) rather than doing it.</summary>
    public static bool IsStanceVerb(string word) => Is(StanceLemmas, word) || Is(RestatingLemmas, word);

    /// <summary>Whether a word names an attack: "bombing", "strikes", "assault".</summary>
    public static bool IsAttackNoun(string word) => AttackNouns.Contains(word) || word is "blast" or "explosion" or "massacre" or "shooting" or "ambush";

    // The trigger lexicons by the class of relation their words signal, for the learned reader (LearnedRelations).
    private static readonly (string Class, FrozenSet<string> Words)[] Classes =
    [
        ("attack", AttackLemmas), ("hostile", HostileLemmas), ("dislodge", DislodgeLemmas), ("kill", KillLemmas), ("arrest", ArrestLemmas),
        ("meet", MeetLemmas), ("ally", AllyLemmas), ("support", SupportLemmas), ("lead", LeadLemmas), ("include", IncludeLemmas),
        ("move", MoveLemmas), ("from", FromLemmas), ("light", LightLemmas), ("stance", StanceLemmas), ("attack-noun", AttackNouns),
        ("hostile-noun", HostileNouns), ("contact-noun", ContactNouns), ("cooperation-noun", CooperationNouns),
    ];

    /// <summary>The classes of trigger word <paramref name="word"/> (lower-cased) is an inflection of: "attack", "meet", "hostile-noun"…</summary>
    public static IEnumerable<string> ClassesOf(string word) => Classes.Where(c => Is(c.Words, word)).Select(c => c.Class);

    public static void Read(SentenceView view, ParseTree tree, List<RelationCandidate> found)
    {
        for (var i = view.First; i < view.End; i++)
        {
            if (tree.Tag(i) == "VERB")
            {
                Verb(view, tree, i, found);
            }
            switch (tree.Case(i))
            {
                case "against":
                    Against(view, tree, i, found);
                    break;
                case "on" when AttackNouns.Contains(view.Lower(tree.Head(i))):
                    Against(view, tree, i, found);
                    break;
                case "including" or "like":
                    Including(view, tree, i, found);
                    break;
                case "with" when ContactNouns.Contains(view.Lower(tree.Head(i))):
                    ContactNoun(view, tree, i, tree.Head(i), found);
                    break;
                case "from":
                    From(view, tree, i, found);
                    break;
            }
            if (tree.Case(i) is { } marker && (PlaceCases.Contains(marker) || marker is "to" or "into" && Is(MoveLemmas, view.Lower(tree.Head(i)))))
            {
                Placed(view, tree, i, found);
            }
            Cooperation(view, tree, i, found);
            Role(view, tree, i, found);
            Nominal(view, tree, i, found);
        }
    }

    /// <summary>
    /// "According to the dossier, this collaboration has been orchestrated and sustained by Pakistan's ISI": whoever backs
    /// an alliance named just before (<paramref name="alliance"/>, its two parties) sponsors each party.
    /// </summary>
    public static void AllianceBacking(SentenceView view, ParseTree tree, (Mention A, Mention B) alliance, List<RelationCandidate> found)
    {
        for (var noun = view.First; noun < view.End; noun++)
        {
            if (!AllianceAnaphors.Contains(view.Lower(noun)) || view.MentionAt(noun) is not null
                || !tree.Children(noun, "det").Any(d => view.Lower(d) is "this" or "that" or "such" or "the")
                || tree.Relation(noun) is not ("nsubj:pass" or "obj") || tree.Head(noun) is not (var verb and >= 0) || !Is(BackingLemmas, view.Lower(verb)))
            {
                continue;
            }
            var backers = tree.Relation(noun) == "nsubj:pass" ? Actors(view, tree, tree.Children(verb, "obl:agent")) : Subjects(view, tree, verb);
            foreach (var backer in backers.Where(b => b.EntityKey != alliance.A.EntityKey && b.EntityKey != alliance.B.EntityKey))
            {
                Add(found, backer, Predicate.Sponsors, alliance.A, verb, 0.6, "dep:backs-alliance");
                Add(found, backer, Predicate.Sponsors, alliance.B, verb, 0.6, "dep:backs-alliance");
            }
        }
    }

    // A verb with its subjects and objects: "Coalition forces engaged ISIL", "X was arrested by Y", "A and B met".
    private static void Verb(SentenceView view, ParseTree tree, int verb, List<RelationCandidate> found)
    {
        var word = view.Lower(verb);
        var passive = IsPassive(tree, verb);
        var agents = passive ? Actors(view, tree, tree.Children(verb, "obl:agent")) : Subjects(view, tree, verb);
        var patients = passive ? Actors(view, tree, tree.Children(verb, "nsubj:pass")) : Actors(view, tree, tree.Children(verb, "obj"));
        // Each lexicon asked once: an inflection look-up tries several stems.
        var (attacks, controls, dislodges, takes) = (Is(AttackLemmas, word), Is(ControlLemmas, word), Is(DislodgeLemmas, word), Is(TakingLemmas, word));
        if (attacks)
        {
            Pairs(agents, patients, Predicate.Attacked, verb, 0.7, "dep:attack", found);
        }
        else if (Is(KillLemmas, word))
        {
            Pairs(agents, patients, Predicate.Killed, verb, 0.7, "dep:kill", found);
        }
        else if (Is(ArrestLemmas, word))
        {
            Pairs(agents, patients, view.Lower(verb).StartsWith("detain", StringComparison.Ordinal) ? Predicate.Detained : Predicate.Arrested, verb, 0.7, "dep:arrest", found);
        }
        else if (Is(HostileLemmas, word) && !IsAllyUse(view, tree, verb))
        {
            Pairs(agents, patients, Predicate.HostileTo, verb, 0.65, "dep:hostile-verb", found);
        }
        else if (Is(LeadLemmas, word))
        {
            Pairs(agents.Where(SentenceView.IsPerson).ToList(), patients, Predicate.Leads, verb, 0.7, "dep:lead", found);
        }
        else if (Is(IncludeLemmas, word))
        {
            foreach (var group in agents.Where(SentenceView.IsGroup))
            {
                Pairs(patients, [group], Predicate.MemberOf, verb, 0.65, "dep:include", found);
            }
        }
        else if (Is(SupportLemmas, word))
        {
            Pairs(agents, patients, Predicate.Sponsors, verb, 0.6, "dep:support", found);
        }
        else if (Is(MeetLemmas, word))
        {
            // "visited Turkey" puts the visitor there; a place is no partner; nor is an owner ("welcomes the Government of
            // Iraq's liberation of Tikrit").
            var partners = (Is(TopicLemmas, word) ? [] : patients.Where(p => !view.IsModifierAt(view.RangeOf(p).End)))
                .Concat(Obliques(view, tree, verb, "with", "to")).ToList();
            Pairs(agents, partners.Where(p => !SentenceView.IsPlace(p) || p.Kind == EntityKind.Country && !Is(VisitLemmas, word)).ToList(),
                Predicate.MetWith, verb, 0.65, "dep:meet", found);
            if (Is(VisitLemmas, word))
            {
                foreach (var agent in agents.Where(a => a.Type is EntityType.Person or EntityType.Organization))
                {
                    foreach (var place in patients.Where(SentenceView.IsPlace))
                    {
                        Add(found, agent, agent.Type == EntityType.Organization ? Predicate.OperatesIn : Predicate.LocatedIn, place, verb, 0.6, "dep:visit");
                    }
                }
            }
        }
        // The places a verb of taking, dislodging or attacking acts on (read for those verbs only: most verbs are none).
        var acts = controls || dislodges || attacks || takes;
        var objects = acts ? tree.Children(verb, passive ? "nsubj:pass" : "obj").ToList() : [];
        var taken = acts ? Places(view, tree, objects) : [];
        // A subject of the verb's own: "the mission to recapture Mosul" names no one who holds it.
        if (controls && (passive || tree.Children(verb, "nsubj").Any()))
        {
            // "ISIL fighters seized Mosul", "was taken by ISIL terrorists": the body whose men took it holds it.
            var holders = agents.Count > 0 ? agents : Actors(view, tree, tree.Children(verb, passive ? "obl:agent" : "nsubj"), modifiers: true);
            Pairs(holders, taken, Predicate.Controls, verb, 0.65, "dep:control", found);
            // "controls large parts of southern Somalia": part of a place held puts the holder there, no more.
            var wholes = objects.Where(o => RelationPatterns.IsPlacePart(view.Lower(o)))
                .SelectMany(o => tree.Children(o).Where(c => tree.BaseRelation(c) == "nmod" && tree.Case(c) is "of" or "in"));
            PlaceAll(holders.Where(SentenceView.IsGroup).ToList(), [.. Actors(view, tree, wholes).Where(SentenceView.IsPlace)], verb, "dep:control-part", 0.6, found);
        }
        if (Is(FallLemmas, word))
        {
            Pairs(Obliques(view, tree, verb, "to"), [.. agents.Where(SentenceView.IsPlace)], Predicate.Controls, verb, 0.65, "dep:fell-to", found);
        }
        if (dislodges)
        {
            // "from ISIL", "from ISIL fighters", "from ISIL control".
            var dislodged = Actors(view, tree, FromPhrases(tree, verb, objects, "from", "of"), modifiers: true);
            Pairs(agents, dislodged, Predicate.HostileTo, verb, 0.65, "dep:dislodge", found);
            // "liberated Mosul from ISIL", "rid Iraq of ISIL": the dislodged held the place, and hold it no more.
            PlaceAll(dislodged, taken, verb, "dep:dislodged-from", 0.6, found);
            foreach (var (holder, place) in dislodged.SelectMany(d => taken.Select(t => (d, t))))
            {
                Add(found, holder, Predicate.Controls, place, verb, 0.6, "dep:dislodged-from", negated: true);
            }
        }
        // "pushed ISIL out of Kobane", "cleared the Taliban from Swat": the body driven out was there, and a town it held it
        // holds no more (a country is more than any body held of it).
        if (dislodges && Actors(view, tree, objects, modifiers: true).Where(SentenceView.IsGroup).ToList() is { Count: > 0 } expelled
            && Actors(view, tree, FromPhrases(tree, verb, objects, "from", "of", "out")).Where(SentenceView.IsPlace).ToList() is { Count: > 0 } left)
        {
            Pairs(agents, expelled, Predicate.HostileTo, verb, 0.65, "dep:dislodge", found);
            PlaceAll(expelled, left, verb, "dep:expelled-from", 0.6, found);
            foreach (var (group, town) in expelled.SelectMany(g => left.Where(p => p.Kind != EntityKind.Country).Select(p => (g, p))))
            {
                Add(found, group, Predicate.Controls, town, verb, 0.6, "dep:expelled-from", negated: true);
            }
        }
        // "stormed Mastung", "retook Fallujah": who strikes or takes a place operates there. Only a subject of the verb's
        // own: one inherited ("discussed the campaign to liberate Mosul") talks about the operation, it need not be in it.
        if ((attacks || takes) && (passive || tree.Children(verb, "nsubj").Any()))
        {
            PlaceAll(agents, taken, verb, "dep:operation-in-place", 0.55, found);
        }
        if (Is(AllyLemmas, word))
        {
            Pairs(agents, Obliques(view, tree, verb, "with", "alongside"), Predicate.AlliedWith, verb, 0.6, "dep:ally-with", found);
        }
        if (Is(ComposedLemmas, word) && view.Lower(verb + 1) is "up" or "of")
        {
            // "The SDF, made up in part by local Arabs and …": the "of/by" phrase names members of what is made up.
            var whole = tree.Relation(verb) is "acl" or "acl:relcl" ? Actors(view, tree, [tree.Head(verb)]) : agents.Concat(patients).ToList();
            foreach (var group in whole.Where(SentenceView.IsGroup))
            {
                Pairs(Obliques(view, tree, verb, "of", "by"), [group], Predicate.MemberOf, verb, 0.6, "dep:made-up-of", found);
            }
        }
        // "The secretary and Abadi agreed", "A and B met": conjoined subjects of a joint verb with no partner.
        // What was discussed is no partner, so "The Prime Minister and President Hollande discussed UK-France co-operation" met.
        if (Is(JointLemmas, word) && !passive && (patients.Count == 0 || Is(TopicLemmas, word)) && tree.Children(verb, "nsubj").SelectMany(tree.WithConjuncts).Count() > 1)
        {
            var subjects = agents.Where(SentenceView.IsActor).ToList();
            for (var a = 0; a < subjects.Count; a++)
            {
                for (var b = a + 1; b < subjects.Count; b++)
                {
                    Add(found, subjects[a], Predicate.MetWith, subjects[b], verb, 0.7, "dep:joint-subjects");
                }
            }
        }
    }

    // "fought alongside the SDF" is alliance, not hostility.
    private static bool IsAllyUse(SentenceView view, ParseTree tree, int verb) =>
        tree.Children(verb).Any(c => tree.Case(c) is "alongside" or "with" && view.Lower(verb).StartsWith("fight", StringComparison.Ordinal)
            || view.Lower(verb).StartsWith("fought", StringComparison.Ordinal) && tree.Case(c) is "alongside" or "with");

    // "strikes against ISIL", "the fight against Daesh", "defensive positions against ISIL fighters", "attack on X".
    private static void Against(SentenceView view, ParseTree tree, int target, List<RelationCandidate> found)
    {
        var enemies = Actors(view, tree, [target], modifiers: true);
        if (enemies.Count == 0)
        {
            return;
        }
        var head = tree.Head(target);
        if (head < 0)
        {
            return;
        }
        // "join the SDF's fight against ISIL", with "against ISIL" read as the verb's: the fight's owner is the enemy of ISIL.
        var owned = IsVerbal(tree, head)
            ? tree.Children(head, "obj").Where(o => HostileNouns.Contains(view.Lower(o))).SelectMany(o => NounAgents(view, tree, o, climb: false)).ToList()
            : [];
        var agents = owned.Count > 0 ? owned
            : IsVerbal(tree, head) ? (IsPassive(tree, head) ? Actors(view, tree, tree.Children(head, "obl:agent")) : Subjects(view, tree, head))
            : NounAgents(view, tree, head);
        var attack = AttackNouns.Contains(view.Lower(head)) || Is(AttackLemmas, view.Lower(head));
        Pairs(agents, enemies, attack ? Predicate.Attacked : Predicate.HostileTo, head, 0.65, "dep:against", found);
    }

    // "the arrest of X by Y", "X's backing of Y", "ISI funding for LeT", "Turkey provided support to the opposition":
    // the agent is the noun's possessor, compound or "by" phrase, or the subject of a verb that hands the event
    // over; the patient its "of"/"for" phrase, or the handing verb's "to" phrase.
    private static void Nominal(SentenceView view, ParseTree tree, int noun, List<RelationCandidate> found)
    {
        if (!EventNouns.TryGetValue(view.Lower(noun), out var predicate) || view.MentionAt(noun) is not null || tree.Tag(noun) is not ("NOUN" or "PROPN"))
        {
            return;
        }
        var agents = Actors(view, tree, tree.Children(noun).Where(c => tree.Relation(c) is "nmod:poss" or "compound" || tree.Relation(c) == "nmod" && tree.Case(c) == "by"))
            .Where(SentenceView.IsActor).ToList();
        var patients = Actors(view, tree, tree.Children(noun).Where(c => tree.BaseRelation(c) == "nmod" && tree.Case(c) is "of" or "for"));
        var verb = tree.Head(noun);
        if (verb >= 0 && tree.Relation(noun) == "obj" && Is(HandingLemmas, view.Lower(verb)) && !IsPassive(tree, verb))
        {
            agents = agents.Count > 0 ? agents : Subjects(view, tree, verb);
            patients = patients.Count > 0 ? patients : Obliques(view, tree, verb, "to");
        }
        var kinds = predicate == Predicate.Sponsors
            ? [.. tree.Children(noun, "amod").Select(view.Lower).Where(SupportKindWords.Contains)]
            : ImmutableArray<string>.Empty;
        foreach (var agent in agents)
        {
            foreach (var patient in patients.Where(p => p != agent))
            {
                if (agent.EntityKey is not null && agent.EntityKey == patient.EntityKey || !RelationCandidate.Fits(predicate, agent, patient))
                {
                    continue;
                }
                found.Add(new RelationCandidate
                {
                    Subject = agent, Predicate = predicate, Object = patient, Trigger = (noun, noun + 1), Confidence = 0.65, Kinds = kinds,
                    Pattern = "dep:event-noun",
                });
            }
        }
    }

    // "nations … including France", "partners like Turkey": the listed are members of the head.
    private static void Including(SentenceView view, ParseTree tree, int listed, List<RelationCandidate> found)
    {
        var head = tree.Head(listed);
        if (head >= 0 && view.MentionAt(head) is { } group && SentenceView.IsGroup(group))
        {
            Pairs(Actors(view, tree, [listed]), [group], Predicate.MemberOf, head, 0.6, "dep:including", found);
        }
    }

    // "in a call with Russian Foreign Minister Lavrov", "meeting with X": the owner of the contact met X.
    private static void ContactNoun(SentenceView view, ParseTree tree, int partner, int noun, List<RelationCandidate> found)
    {
        var owners = NounAgents(view, tree, noun);
        Pairs(owners, Actors(view, tree, [partner]), Predicate.MetWith, noun, 0.6, "dep:contact-with", found);
    }

    // "Airmen from the 507th Air Refueling Wing", "Soldiers visiting from 3rd Battalion": people from a unit belong to it.
    private static void From(SentenceView view, ParseTree tree, int source, List<RelationCandidate> found)
    {
        if (view.MentionAt(source) is not { } unit || !SentenceView.IsGroup(unit))
        {
            return;
        }
        var head = tree.Head(source);
        if (head < 0)
        {
            return;
        }
        List<Mention> members;
        if (view.MentionAt(head) is { } owner && owner.Type is EntityType.Person or EntityType.Organization && owner != unit)
        {
            members = [owner];
        }
        else if (Is(FromLemmas, view.Lower(head)) && tree.Relation(head) is "acl" or "acl:relcl")
        {
            members = Actors(view, tree, [tree.Head(head)]);
        }
        else if (Is(FromLemmas, view.Lower(head)))
        {
            members = IsPassive(tree, head) ? Actors(view, tree, tree.Children(head, "nsubj:pass")) : Subjects(view, tree, head);
        }
        else
        {
            return;
        }
        foreach (var member in members.Where(m => m.Type is EntityType.Person or EntityType.Organization))
        {
            Add(found, member, member.Type == EntityType.Person ? Predicate.MemberOf : Predicate.PartOf, unit, head, 0.6, "dep:from-unit");
        }
    }

    // "ISIL terrorists in Syria", "Carter arrived in Baghdad", "conducted strikes in Iraq", "died … in Jordan",
    // "is returning to Syria": whoever the place phrase belongs to is there.
    private static void Placed(SentenceView view, ParseTree tree, int place, List<RelationCandidate> found)
    {
        var places = Places(view, tree, place);
        var head = tree.Head(place);
        if (places.Count == 0 || head < 0)
        {
            return;
        }
        // "raised the situation in Ukraine", however attached: the place is the topic's.
        var before = view.RangeOf(places[0]).Start - (view.Lower(view.RangeOf(places[0]).Start - 1) == "the" ? 2 : 1);
        if (view.IsPreposition(before) && RelationPatterns.IsTopicNoun(view.Lower(before - 1)))
        {
            return;
        }
        // "conducted 34 strikes against ISIL terrorists in Syria": the strikes were there, so was who struck.
        if (tree.Case(head) == "against" && tree.Head(head) is var strike and >= 0 && AttackNouns.Contains(view.Lower(strike)))
        {
            PlaceAll(NounAgents(view, tree, strike), places, place, "dep:strike-in-place", 0.55, found);
        }
        List<Mention> actors;
        string pattern;
        if (view.MentionAt(head) is { } owner && owner.Type is EntityType.Person or EntityType.Organization)
        {
            actors = Actors(view, tree, [head]);
            pattern = "dep:actor-in-place";
        }
        else if (AttackNouns.Contains(view.Lower(head)) && tree.Case(head) == "by" && tree.Head(head) is var hit and >= 0 && IsVerbal(tree, hit) && IsPassive(tree, hit))
        {
            // "X was struck and killed by an airstrike near Tabqa": whom the strike hit was there.
            actors = Actors(view, tree, tree.Children(hit, "nsubj:pass"));
            if (actors.Count == 0 && tree.Relation(hit) == "conj" && tree.Head(hit) is var first and >= 0)
            {
                actors = Actors(view, tree, tree.Children(first, "nsubj:pass"));
            }
            pattern = "dep:struck-in-place";
        }
        else if (IsVerbal(tree, head) && !Is(StanceLemmas, view.Lower(head)))
        {
            // "fired missiles at Riyadh": a target, which RelationPatterns reads, not where the one firing was.
            if (RelationPatterns.IsFiringVerb(view.Lower(head)) && tree.Case(place) is "at" or "on" or "into" or "toward" or "towards")
            {
                return;
            }
            // "ISKP did not attack the Taliban in Herat": a negated event places no one.
            if (Enumerable.Range(head - 3, 3).Any(k => CueLexicon.Negations.Contains(view.Lower(k))) && !Is(PresenceLemmas, view.Lower(head)))
            {
                return;
            }
            actors = IsPassive(tree, head) ? Actors(view, tree, tree.Children(head, "nsubj:pass")) : Subjects(view, tree, head);
            pattern = "dep:clause-in-place";
        }
        else if (tree.Relation(head) is "obj" && tree.Head(head) is var verb and >= 0 && Is(LightLemmas, view.Lower(verb)) && view.MentionAt(head) is null)
        {
            // "conducted 34 strikes in Syria": the strikes' agent was there.
            actors = IsPassive(tree, verb) ? [] : Subjects(view, tree, verb);
            pattern = "dep:event-in-place";
        }
        else
        {
            return;
        }
        PlaceAll(actors, places, place, pattern, 0.6, found);
    }

    private static void PlaceAll(List<Mention> actors, List<Mention> places, int trigger, string pattern, double confidence, List<RelationCandidate> found)
    {
        foreach (var actor in actors.Where(a => a.Type is EntityType.Person or EntityType.Organization))
        {
            foreach (var where in places.Where(p => p.EntityKey != actor.EntityKey))
            {
                Add(found, actor, actor.Type == EntityType.Organization ? Predicate.OperatesIn : Predicate.LocatedIn, where, trigger, confidence, pattern);
            }
        }
    }

    // "in support of the government of Iraq", "in coordination with X", "together with X": the clause's agent cooperates with X.
    private static void Cooperation(SentenceView view, ParseTree tree, int partner, List<RelationCandidate> found)
    {
        var noun = tree.Head(partner);
        if (noun < 0 || !CooperationNouns.Contains(view.Lower(noun)) || tree.Case(partner) is not ("of" or "with")
            || tree.Case(noun) is not ("in" or "with") || tree.Head(noun) is not (var clause and >= 0))
        {
            return;
        }
        var agents = IsVerbal(tree, clause) ? Subjects(view, tree, clause) : NounAgents(view, tree, clause);
        Pairs(agents, Actors(view, tree, [partner]), Predicate.AlliedWith, noun, 0.6, "dep:in-support-of", found);
    }

    // "Gary J. Volesky, commander, Combined Joint Forces Land Component Command", "Townsend, commander of CJTF-OIR",
    // "He was a previous member of the ISIL's War Committee", "an ISIL gang leader in Raqqah".
    private static void Role(SentenceView view, ParseTree tree, int noun, List<RelationCandidate> found)
    {
        if (!Lexicon.IsRole(view.Lower(noun)) || view.MentionAt(noun) is not null)
        {
            return;
        }
        var head = tree.Head(noun);
        List<Mention> people;
        if (tree.Relation(noun) is "appos" or "list" && head >= 0)
        {
            people = Actors(view, tree, [head]).Where(SentenceView.IsPerson).ToList();
        }
        else if (tree.Children(noun, "cop").Any())
        {
            people = Actors(view, tree, tree.Children(noun, "nsubj")).Where(SentenceView.IsPerson).ToList();
        }
        else
        {
            return;
        }
        var groups = new List<Mention>();
        foreach (var c in tree.Children(noun))
        {
            var relation = tree.Relation(c);
            if (relation is "nmod" && tree.Case(c) is "of" or "for" or "with" or "in" or "at" || relation is "nmod:poss" or "compound" or "appos" or "list")
            {
                groups.AddRange(Actors(view, tree, [c], modifiers: relation is "nmod").Where(SentenceView.IsGroup));
            }
        }
        // "Volesky, commander, Combined Joint Forces …": the body named right after the role, as a sibling.
        if (groups.Count == 0 && head >= 0)
        {
            groups.AddRange(tree.Children(head, "appos", "list").Where(c => c > noun).Take(1).SelectMany(c => Actors(view, tree, [c])).Where(SentenceView.IsGroup));
        }
        var role = view.Lower(noun);
        var determiner = tree.Children(noun, "det").Select(view.Lower).FirstOrDefault();
        // "an ISIL gang leader", "a LeT cell commander": the person leads a part of the body, so is its member.
        var unit = tree.Children(noun, "compound").Where(c => view.MentionAt(c) is null).Select(view.Lower).Where(Lexicon.SubUnits.Contains).ToList();
        var leads = (Lexicon.LeaderRoles.Contains(role) || role == "commander" && determiner is null or "the") && unit.Count == 0;
        var modifiers = tree.Children(noun, "amod").Where(c => c < noun).Select(view.Lower).ToList();
        var roleText = string.Join(' ', [.. modifiers, .. unit, role]);
        // "an ISIL gang leader in Raqqah": where the post is.
        var place = tree.Children(noun).Where(c => tree.BaseRelation(c) == "nmod" && tree.Case(c) is "in" or "at" or "near")
            .Select(view.MentionAt).OfType<Mention>().FirstOrDefault(SentenceView.IsPlace);
        foreach (var person in people)
        {
            foreach (var group in groups)
            {
                found.Add(new RelationCandidate
                {
                    Subject = person, Predicate = leads && !roleText.Contains("deputy", StringComparison.Ordinal) ? Predicate.Leads : Predicate.MemberOf,
                    Object = group, Trigger = (noun, noun + 1), Confidence = 0.7, Role = roleText, Place = place, Pattern = "dep:role",
                });
            }
        }
    }

    // The subjects of a verb: its own nsubj, else those it inherits (xcomp and advcl from the governing verb,
    // a conjoined verb from its first conjunct, a participle or relative clause from the noun it modifies).
    private static List<Mention> Subjects(SentenceView view, ParseTree tree, int verb, int depth = 0)
    {
        var own = tree.Children(verb, "nsubj").ToList();
        if (own.Count > 0)
        {
            var relative = own.Where(s => RelativePronouns.Contains(view.Lower(s))).ToList();
            if (relative.Count > 0 && tree.Relation(verb) is "acl:relcl" && tree.Head(verb) >= 0)
            {
                return Actors(view, tree, [tree.Head(verb)]);
            }
            // "al-Shabaab fighters withdrew", "ISIL militants seized": the body whose members act.
            return Actors(view, tree, own, members: true);
        }
        // "underlined the UK's commitment to supporting X", however the parser attached the verb: the noun's owner does it.
        if (view.Lower(verb - 1) == "to" && view.OwnerOfNoun(verb - 2) is { } owner)
        {
            return [owner];
        }
        var head = tree.Head(verb);
        if (head < 0 || depth > 3)
        {
            return [];
        }
        // "Kabul accused Islamabad of backing the Taliban", "blamed Tehran for arming …": the one accused or blamed does it.
        if (tree.Relation(verb) is "xcomp" or "advcl" && IsVerbal(tree, head) && !IsPassive(tree, head) && Is(ObjectControlLemmas, view.Lower(head))
            && Actors(view, tree, tree.Children(head, "obj")) is { Count: > 0 } controllers)
        {
            return controllers;
        }
        // "Kabul alleges Islamabad harbours the TTP", parsed as two verbs conjoined with no "and" and no comma between: the
        // second is the first's complement, and the first's object its subject, not the one who alleges.
        if (tree.Relation(verb) == "conj" && !tree.Children(verb, "cc").Any()
            && !Enumerable.Range(head + 1, Math.Max(0, verb - head - 1)).Any(k => view.Word(k) is "," or ";" or ":")
            && Actors(view, tree, tree.Children(head, "obj").Where(o => o < verb)) is { Count: > 0 } complementSubjects)
        {
            return complementSubjects;
        }
        return tree.Relation(verb) switch
        {
            "xcomp" or "advcl" or "conj" when IsVerbal(tree, head) => IsPassive(tree, head) && tree.Relation(verb) != "conj"
                ? Actors(view, tree, tree.Children(head, "obl:agent"))
                : Subjects(view, tree, head, depth + 1),
            "acl" or "acl:relcl" => Actors(view, tree, [head]) is { Count: > 0 } modified ? modified : NounAgents(view, tree, head),
            "xcomp" => NounAgents(view, tree, head),
            _ => [],
        };
    }

    // Who does what a noun names: "the SDF's fight", "U.S. airstrikes", "attacks by ISIL", or the subject of the
    // verb the noun is the object of ("Coalition forces conducted 34 strikes against …").
    private static List<Mention> NounAgents(SentenceView view, ParseTree tree, int noun, bool climb = true)
    {
        var direct = tree.Children(noun).Where(c => tree.Relation(c) is "nmod:poss" or "compound" || tree.Relation(c) == "nmod" && tree.Case(c) == "by").ToList();
        var named = Actors(view, tree, direct).Where(m => SentenceView.IsActor(m)).ToList();
        if (named.Count > 0)
        {
            return named;
        }
        var head = tree.Head(noun);
        if (!climb || head < 0 || !IsVerbal(tree, head))
        {
            return [];
        }
        // "The attack on the Serena Hotel was carried out by the Haqqani network": the passive's agent.
        if (tree.Relation(noun) == "nsubj:pass")
        {
            return Actors(view, tree, tree.Children(head, "obl:agent"));
        }
        // "The United States condemns the attack on Camp Hurriya", "welcomes the liberation of Tikrit": who takes a stance on
        // an act is not who acts.
        return tree.Relation(noun) is "obj" or "obl" && !IsPassive(tree, head) && !IsStanceVerb(view.Lower(head)) ? Subjects(view, tree, head) : [];
    }

    // The mentions an argument headed at each token names, with its conjuncts: a mention at the head, a
    // pronoun's referent, a relative pronoun's antecedent, or (with modifiers) the group modifying a common
    // noun ("ISIL terrorists", "ISIL's defenses").
    private static List<Mention> Actors(SentenceView view, ParseTree tree, IEnumerable<int> heads, bool modifiers = false, bool members = false)
    {
        var found = new List<Mention>();
        foreach (var token in heads.SelectMany(tree.WithConjuncts))
        {
            if (view.MentionAt(token) is { } mention)
            {
                found.Add(mention);
            }
            else if (ArgumentPronouns.Contains(view.Lower(token)) && view.Referent(token) is { } referent)
            {
                found.Add(referent);
            }
            else if (modifiers || members && MemberNouns.Contains(view.Lower(token)))
            {
                found.AddRange(tree.Children(token)
                    .Where(c => tree.Relation(c) is "compound" or "nmod:poss" or "amod")
                    .Select(view.MentionAt)
                    .OfType<Mention>()
                    .Where(SentenceView.IsGroup));
            }
        }
        return Unique(found.Where(m => !IsContainerOf(view, m, found)));
    }

    // "to isolate Raqqah, Syria": the country after a comma says where the town is; it is no second target.
    private static bool IsContainerOf(SentenceView view, Mention mention, List<Mention> found)
    {
        var comma = view.RangeOf(mention).Start - 1;
        return mention.Kind == EntityKind.Country && view.Word(comma) == ","
            && view.MentionAt(comma - 1) is { } held && SentenceView.IsPlace(held) && held.Kind != EntityKind.Country && found.Contains(held);
    }

    private static List<Mention> Places(SentenceView view, ParseTree tree, int place) =>
        Unique(tree.WithConjuncts(place).Select(view.MentionAt).OfType<Mention>().Where(SentenceView.IsPlace));

    // Distinct mentions in first-seen order, as Distinct() gives them: the lists hold a few mentions, too few for a hash set to pay.
    private static List<Mention> Unique(IEnumerable<Mention> mentions)
    {
        var unique = new List<Mention>();
        foreach (var mention in mentions)
        {
            if (!unique.Contains(mention))
            {
                unique.Add(mention);
            }
        }
        return unique;
    }

    // The places among a verb's arguments, a town named through its noun included: "the city of Mosul was taken by ISIL".
    private static List<Mention> Places(SentenceView view, ParseTree tree, IEnumerable<int> heads)
    {
        var named = heads.SelectMany(tree.WithConjuncts)
            .SelectMany(h => view.MentionAt(h) is null && RelationPatterns.IsSettlementNoun(view.Lower(h))
                ? tree.Children(h).Where(c => tree.BaseRelation(c) == "nmod" && tree.Case(c) == "of")
                : [h]);
        return [.. Actors(view, tree, named).Where(SentenceView.IsPlace)];
    }

    // The "from" phrases of a verb of dislodging ("liberated Dabiq from ISIL", "rid Iraq of ISIL"), which the parser often
    // hangs on the verb's object instead; "of" only on the verb ("the city of Mosul" is no phrase of dislodging).
    private static IEnumerable<int> FromPhrases(ParseTree tree, int verb, List<int> objects, params string[] markers) =>
        ObliqueHeads(tree, verb, markers).Concat(objects.SelectMany(o => ObliqueHeads(tree, o, [.. markers.Where(m => m != "of")])));

    // Actors in the verb's prepositional phrases with one of the given case markers ("with", "to").
    private static List<Mention> Obliques(SentenceView view, ParseTree tree, int verb, params string[] markers) =>
        Actors(view, tree, ObliqueHeads(tree, verb, markers));

    private static IEnumerable<int> ObliqueHeads(ParseTree tree, int verb, params string[] markers) =>
        tree.Children(verb).Where(c => tree.BaseRelation(c) is "obl" or "nmod" && tree.Case(c) is { } m && markers.Contains(m));

    private static bool IsPassive(ParseTree tree, int verb) =>
        tree.Children(verb, "nsubj:pass", "aux:pass").Any() || tree.Children(verb, "obl:agent").Any();

    private static bool IsVerbal(ParseTree tree, int i) => tree.Tag(i) is "VERB" or "AUX";

    private static void Pairs(List<Mention> subjects, List<Mention> objects, Predicate predicate, int trigger, double confidence, string pattern, List<RelationCandidate> found)
    {
        foreach (var subject in subjects)
        {
            foreach (var obj in objects)
            {
                Add(found, subject, predicate, obj, trigger, confidence, pattern);
            }
        }
    }

    private static void Add(List<RelationCandidate> found, Mention subject, Predicate predicate, Mention obj, int trigger, double confidence, string pattern, bool negated = false)
    {
        if (subject == obj || subject.EntityKey is not null && subject.EntityKey == obj.EntityKey || !RelationCandidate.Fits(predicate, subject, obj))
        {
            return;
        }
        found.Add(new RelationCandidate
        {
            Subject = subject, Predicate = predicate, Object = obj, Trigger = (trigger, trigger + 1), Confidence = confidence, Pattern = pattern,
            Negated = negated,
        });
    }


    // Whether a word is an inflection of one of the lemmas: "targeted", "targeting", "targets", "hitting", "liberated".
    // Read for every word of every sentence, so the stems are looked up as spans, never made into strings.
    private static bool Is(FrozenSet<string> lemmas, string word)
    {
        if (lemmas.Contains(word))
        {
            return true;
        }
        var lookup = lemmas.GetAlternateLookup<ReadOnlySpan<char>>();
        // Room for a stem with one letter added: no stem is longer than the word.
        Span<char> respelt = word.Length < 64 ? stackalloc char[64] : new char[word.Length + 1];
        foreach (var suffix in (ReadOnlySpan<string>)["s", "es", "ed", "d", "ing"])
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word.AsSpan(0, word.Length - suffix.Length);
                if (lookup.Contains(stem) || lookup.Contains(Respelt(stem, 'e', respelt))
                    || stem.Length > 2 && stem[^1] == stem[^2] && lookup.Contains(stem[..^1])
                    || suffix is "es" or "ed" && stem.EndsWith('i') && lookup.Contains(Respelt(stem[..^1], 'y', respelt)))
                {
                    return true;
                }
            }
        }
        return false;
    }

    // The stem with one letter appended, written into the buffer.
    private static ReadOnlySpan<char> Respelt(ReadOnlySpan<char> stem, char last, Span<char> buffer)
    {
        stem.CopyTo(buffer);
        buffer[stem.Length] = last;
        return buffer[..(stem.Length + 1)];
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
