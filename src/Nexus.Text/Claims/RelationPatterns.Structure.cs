namespace Nexus.Text.Claims;

/// <summary>
/// Patterns read from the shape of noun phrases and prepositions rather than from a verb: parts of
/// organisations ("ISKP, the Khorasan branch of the Islamic State"), places inside places
/// ("Fort Campbell, Kentucky"), actors placed by "in"/"near"/"at", "against" phrases, and
/// communication ("spoke with", "a meeting between").
/// </summary>
internal static partial class RelationPatterns
{
    private static readonly FrozenSet<string> PartNouns = Set(
        "branch", "wing", "province", "affiliate", "faction", "offshoot", "franchise", "arm", "chapter", "subsidiary",
        "component", "part", "splinter", "cell", "unit", "division", "battalion", "brigade", "regiment", "squadron",
        "detachment", "element", "contingent", "command", "directorate", "department", "ministry", "agency", "bureau");

    private static readonly FrozenSet<string> UnitHeads = Set(
        "battalion", "brigade", "regiment", "squadron", "group", "wing", "division", "company", "unit", "detachment",
        "force", "forces", "fleet", "corps", "command", "team");

    private static readonly FrozenSet<string> PlacePrepositions = Set(
        "in", "near", "at", "inside", "across", "throughout", "outside", "around", "into", "within");

    private static readonly FrozenSet<string> SpeakingVerbs = Set(
        "spoke", "speaks", "speak", "talked", "talks", "talk", "conferred", "telephoned", "phoned", "called",
        "consulted", "discussed", "conveyed", "negotiated", "visited", "hosted", "host", "hosts", "welcomed", "received",
        "briefed", "thanked", "thank", "urged", "congratulated", "congratulate", "wrote", "addressed", "told", "tells", "informed");

    private static readonly FrozenSet<string> ContactNouns = Set(
        "meeting", "meetings", "talks", "call", "conversation", "discussion", "discussions", "contact", "touch", "dialogue", "visit");

    private static readonly FrozenSet<string> HostileVerbs = Set(
        "defeat", "defeated", "defeating", "degrade", "degrading", "combat", "combating", "combatting", "counter",
        "countering", "engaged", "engage", "engaging", "destroyed", "destroy", "destroying", "liberate", "liberated",
        "besieged", "besieging", "confront", "confronted", "repelled", "repel", "pushed");

    private static readonly FrozenSet<string> TripNouns = Set("delegation", "deployment", "trip", "visit", "journey", "tour");

    private static readonly FrozenSet<string> AgainstNouns = Set(
        "strikes", "strike", "airstrikes", "airstrike", "operations", "operation", "fight", "war", "campaign",
        "offensive", "attack", "attacks", "actions", "action", "assault", "raids", "raid", "struggle", "battle", "coalition");

    // "ISKP, the Khorasan branch of the Islamic State", "ISKP, a wing of IS", "ISKP, IS's Khorasan province",
    // "the 134th Expeditionary Fighter Squadron of the 407th Air Expeditionary Group", "IS's Khorasan branch, ISKP"
    private static void PartOf(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!PartNouns.Contains(view.Lower(i)))
        {
            return;
        }
        Mention? whole = null;
        var k = i - 1;
        // "al-Qaeda's Yemeni branch": a nationality modifies the part too.
        while (view.Contains(k) && (view.MentionAt(k) is null && IsModifierWord(view, k) || view.MentionAt(k) is { Type: EntityType.Nationality }))
        {
            k--;
        }
        if (view.Word(k) is "'s" or "’s" && view.MentionAt(k - 1) is { } owner && SentenceView.IsGroup(owner))
        {
            whole = owner;
            k = view.RangeOf(owner).Start - 1;
        }
        else if (view.Lower(i + 1) == "of")
        {
            whole = view.ObjectAfter(i + 2, SentenceView.IsGroup, reach: 4);
        }
        if (whole is null)
        {
            return;
        }
        while (view.Lower(k) is "a" or "an" or "the" or "its" or "one")
        {
            k--;
        }
        Mention? part = null;
        if (view.Word(k) is "," or "(" or "–" or "—" && view.MentionAt(k - 1) is { } before && SentenceView.IsGroup(before))
        {
            part = before;
        }
        else if (view.Lower(k) is "is" or "was" or "became" or "remains" or "as")
        {
            part = view.SubjectBefore(k, SentenceView.IsGroup);
        }
        else if (view.Word(i + 1) is "," && view.MentionAt(i + 2) is { } after && SentenceView.IsGroup(after))
        {
            part = after;
        }
        if (part is not null && part != whole && part.EntityKey != whole.EntityKey)
        {
            found.Add(Pair(part, whole, Predicate.PartOf, i, 0.8, "part-noun"));
        }
    }

    private static readonly FrozenSet<string> AllegianceNouns = Set("allegiance", "loyalty", "fealty", "bayah", "baya", "bayat");

    private static readonly FrozenSet<string> PledgeVerbs = Set(
        "pledged", "pledges", "pledge", "pledging", "swore", "swears", "swear", "swearing", "sworn", "declared", "declares",
        "declaring", "renewed", "renews", "renewing", "reaffirmed", "reaffirms", "gave", "offered");

    // "the Haqqani network pledged allegiance to the Taliban", "ISKP renewed its allegiance to IS", "X swore an oath of
    // allegiance to Y", "X's pledge of allegiance to Y": a group that pledges allegiance becomes part of the one it pledges
    // to (an affiliate), a person a member of it.
    private static void Allegiance(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!AllegianceNouns.Contains(view.Lower(i)) || view.Lower(i + 1) != "to" || view.ObjectAfter(i + 2, SentenceView.IsGroup, reach: 4) is not { } leader)
        {
            return;
        }
        var k = i - 1;
        var pledgeNoun = view.Lower(k) == "of" && view.Lower(k - 1) is "oath" or "oaths" or "pledge" or "pledges";
        if (pledgeNoun)
        {
            k -= 2;
        }
        if (view.Lower(k) is "its" or "their" or "his" or "her" or "an" or "a" or "the" or "formal" or "public")
        {
            k--;
        }
        var pledger = PledgeVerbs.Contains(view.Lower(k)) ? view.SubjectBefore(k, m => m.Type is EntityType.Person or EntityType.Organization)
            : pledgeNoun && view.Word(k + 1) is "'s" or "’s" && view.MentionAt(k) is { Type: EntityType.Person or EntityType.Organization } owner ? owner
            : null;
        if (pledger is null || pledger == leader || pledger.EntityKey is not null && pledger.EntityKey == leader.EntityKey)
        {
            return;
        }
        var predicate = pledger.Type == EntityType.Organization && pledger.Kind is not EntityKind.Government ? Predicate.PartOf : Predicate.MemberOf;
        found.Add(Pair(pledger, leader, predicate, i, 0.75, "allegiance"));
    }

    // "Iran-backed Houthis", "ISI-sponsored Jaish-e-Mohammed", "Taliban-allied Haqqani network", "al-Qaida-linked JNIM":
    // a name, a hyphen and a participle before the body it describes.
    private static readonly FrozenSet<string> TieParticiples = Set(
        "backed", "sponsored", "supported", "funded", "financed", "armed", "trained", "allied", "aligned", "linked", "affiliated");

    /// <summary>The pattern name of such a description, which the clause around it does not date.</summary>
    public const string CompoundTiePattern = "compound-tie";

    private static void CompoundTie(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!TieParticiples.Contains(view.Lower(i)) || view.Word(i - 1) != "-" || view.MentionAt(i - 2) is not { } patron || !SentenceView.IsActor(patron)
            || view.MentionAt(i + 1) is not { } body || !SentenceView.IsGroup(body) || view.RangeOf(body).Start != i + 1)
        {
            return;
        }
        found.Add(view.Lower(i) switch
        {
            "funded" or "financed" => Pair(patron, body, Predicate.Funded, i, 0.8, CompoundTiePattern),
            "armed" => Pair(patron, body, Predicate.Supplied, i, 0.8, CompoundTiePattern),
            "trained" => Pair(patron, body, Predicate.Trained, i, 0.8, CompoundTiePattern),
            "allied" or "aligned" => Pair(patron, body, Predicate.AlliedWith, i, 0.8, CompoundTiePattern),
            "linked" => Pair(body, patron, Predicate.AssociatedWith, i, 0.75, CompoundTiePattern),
            "affiliated" => Pair(body, patron, Predicate.PartOf, i, 0.75, CompoundTiePattern),
            _ => Pair(patron, body, Predicate.Sponsors, i, 0.8, CompoundTiePattern),
        });
    }

    private static readonly FrozenSet<string> ConductVerbs = Set(
        "carried", "carries", "carry", "conducted", "conducts", "launched", "launches", "staged", "stages", "mounted", "mounts",
        "perpetrated", "committed", "executed");

    // "ISKP carried out three attacks in Quetta in 2023": whoever carries out attacks in a town attacked it. Attacks "in
    // Pakistan" or "strikes in Syria" are not attacks on the state; presence there is read elsewhere.
    private static void AttacksIn(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!DependencyPatterns.IsAttackNoun(view.Lower(i)) || view.Lower(i + 1) is not ("in" or "inside")
            || view.MentionAt(i + 2) is not { } place || !SentenceView.IsPlace(place) || place.Kind == EntityKind.Country)
        {
            return;
        }
        var verb = Enumerable.Range(i - 5, 5).Reverse().FirstOrDefault(k => ConductVerbs.Contains(view.Lower(k)), -1);
        if (verb >= 0 && view.ClauseSubjectBefore(verb, SentenceView.IsActor) is { } attacker && attacker.EntityKey != place.EntityKey)
        {
            found.Add(Pair(attacker, place, Predicate.Attacked, i, 0.7, "attacks-in"));
        }
    }

    // What a defector or a merger does next: "to form Y", "and joined Y", "merged into Y".
    private static readonly FrozenSet<string> NextBodyWords = Set("form", "formed", "found", "founded", "join", "joined", "into");

    // "Omar Khalid Khorasani defected from the TTP to form Jamaat-ul-Ahrar", "a faction broke away from al-Shabaab and joined
    // IS", "JFS and four smaller factions merged to form HTS": who leaves a body belongs to it no more; what they form or
    // join after is theirs.
    private static void Defection(SentenceView view, int i, List<RelationCandidate> found)
    {
        var word = view.Lower(i);
        var leaving = word is "defected" or "deserted" or "split" or "splintered" || word is "broke" && view.Lower(i + 1) == "away";
        var merging = word is "merged" or "merge" or "united";
        if (!leaving && !merging || view.SubjectBefore(i, m => m.Type is EntityType.Person or EntityType.Organization) is not { } mover)
        {
            return;
        }
        var next = i + (word == "broke" ? 2 : 1);
        Mention? left = null;
        if (leaving && view.Lower(next) == "from" && view.ObjectAfter(next + 1, SentenceView.IsGroup, reach: 3) is { } from)
        {
            left = from;
            found.Add(Belonging(mover, from, i, "defected-from") with { Negated = true });
            next = view.RangeOf(from).End;
        }
        // "… to form Y", "… and formed Y", "… to join Y", "… and joined Y", "merged into Y".
        var k = next;
        while (k < Math.Min(view.End, next + 8) && !NextBodyWords.Contains(view.Lower(k)))
        {
            k++;
        }
        if ((left is not null || merging) && NextBodyWords.Contains(view.Lower(k))
            && view.ObjectAfter(k + 1, SentenceView.IsGroup, reach: 3) is { } formed && formed != mover && formed != left)
        {
            // A merger happened (its trigger is the merging verb); "to form" after a defection is what the defector did next.
            var trigger = merging ? i : k;
            var founds = view.Lower(k) is "form" or "formed" or "found" or "founded";
            var candidate = founds && mover.Type == EntityType.Person ? Pair(mover, formed, Predicate.Founded, trigger, 0.75, "defected-to-form")
                : Belonging(mover, formed, trigger, merging ? "merged-into" : "defected-to");
            found.Add(candidate);
            foreach (var partner in merging ? Coordinated(view, mover) : [])
            {
                found.Add(Belonging(partner, formed, trigger, "merged-into"));
            }
        }
    }

    // A person is a member of a body; a body, part of it.
    private static RelationCandidate Belonging(Mention member, Mention body, int trigger, string pattern) =>
        Pair(member, body, member.Type == EntityType.Organization ? Predicate.PartOf : Predicate.MemberOf, trigger, 0.75, pattern);

    // "3rd Battalion, 321st Field Artillery Regiment", "the 134th Squadron of the 407th Group": units nest.
    private static void UnitOf(SentenceView view, List<RelationCandidate> found)
    {
        foreach (var (unit, _, end) in view.Mentions().Where(m => SentenceView.IsGroup(m.Mention)).ToList())
        {
            if (!UnitHeads.Contains(LastWord(unit)))
            {
                continue;
            }
            var next = view.Word(end) == "," ? view.MentionAt(end + 1)
                : view.Lower(end) is "of" or "from" ? view.ObjectAfter(end + 1, SentenceView.IsGroup, reach: 3)
                : null;
            // "the Iraqi Armed Forces, Popular Mobilization Forces, and others": a list, not a unit and what holds it.
            if (next is not null && SentenceView.IsGroup(next) && next.EntityKey != unit.EntityKey && UnitHeads.Contains(LastWord(next))
                && !(view.Word(end) == "," && view.Word(view.RangeOf(next).End) == "," && view.Lower(view.RangeOf(next).End + 1) is "and" or "or"))
            {
                found.Add(Pair(unit, next, Predicate.PartOf, end, 0.7, "unit-of-unit"));
            }
        }
    }

    // "international heritage experts from WMF", "officials from the State Department": people, then the body they come
    // from, belong to it. Not an object's "from" ("rescued hostages from ISIL", "cut off militants from ISIL"): that
    // phrase is the verb's.
    private static void MembersFrom(SentenceView view, List<RelationCandidate> found)
    {
        foreach (var (member, start, end) in view.Mentions().Where(m => m.Mention.Type is EntityType.Person or EntityType.Organization).ToList())
        {
            if (view.Lower(end) != "from" || view.IsTaggedVerb(start - 1) || view.Lower(start - 1) is "off" or "out" or "away" or "back"
                || view.ObjectAfter(end + 1, SentenceView.IsGroup, reach: 2) is not { } body || body.EntityKey == member.EntityKey)
            {
                continue;
            }
            found.Add(Pair(member, body, member.Type == EntityType.Person ? Predicate.MemberOf : Predicate.PartOf, end, 0.6, "members-from"));
        }
    }

    // "our partners in the international community", "Turkey within NATO": an actor right before "in"/"within" and a body
    // belongs to it (a place there is where it is: PlacedBy). The phrase is the nearest name's alone, so the trigger is
    // that name's last word and a list before it ("the Iraqi forces, and our partners in …") shares nothing.
    private static void MembersIn(SentenceView view, List<RelationCandidate> found)
    {
        foreach (var (member, _, end) in view.Mentions().Where(m => SentenceView.IsActor(m.Mention)).ToList())
        {
            var at = view.Lower(end + 1) == "the" ? end + 2 : end + 1;
            if (view.Lower(end) is not ("in" or "within") || view.MentionAt(at) is not { } body || !SentenceView.IsGroup(body)
                || body.EntityKey == member.EntityKey || view.ModifiesNext(body))
            {
                continue;
            }
            var predicate = member.Type == EntityType.Organization && member.Kind is not EntityKind.Government ? Predicate.PartOf : Predicate.MemberOf;
            found.Add(Pair(member, body, predicate, end - 1, 0.6, "member-in"));
        }
    }

    // "northwestern Syria’s Idlib province": the owner holds the place.
    private static void OwnedPlace(SentenceView view, List<RelationCandidate> found)
    {
        foreach (var (place, start, _) in view.Mentions().Where(m => SentenceView.IsPlace(m.Mention) && m.Mention.Kind != EntityKind.Country).ToList())
        {
            if (view.Word(start - 1) is "'s" or "’s" && view.MentionAt(start - 2) is { } holder && SentenceView.IsPlace(holder) && holder.EntityKey != place.EntityKey)
            {
                found.Add(Pair(place, holder, Predicate.LocatedIn, start - 1, 0.75, "place-of-place"));
            }
        }
    }

    // "McGurk will lead an interagency delegation to Berlin", "Airmen departed for a deployment to Incirlik Air Base",
    // "Carter's visit to Iraq": who goes is there.
    private static void TripTo(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!TripNouns.Contains(view.Lower(i)) || view.Lower(i + 1) != "to" || view.ObjectAfter(i + 2, SentenceView.IsPlace, reach: 3) is not { } place)
        {
            return;
        }
        Func<Mention, bool> goes = m => m.Type is EntityType.Person or EntityType.Organization;
        var traveller = view.Word(i - 1) is "'s" or "’s" ? view.MentionAt(i - 2) : view.ClauseSubjectBefore(i, goes);
        if (traveller is not null && goes(traveller) && traveller.EntityKey != place.EntityKey)
        {
            found.Add(Pair(traveller, place, traveller.Type == EntityType.Organization ? Predicate.OperatesIn : Predicate.LocatedIn, i, 0.6, "trip-to"));
        }
    }

    /// <summary>The pattern of a place glossed with its country or region after a comma ("Hasaka, Syria").</summary>
    public const string PlaceGloss = "place-comma-place";

    /// <summary>The pattern of a place said to lie in another ("Fallujah in Iraq").</summary>
    public const string PlaceWithin = "place-in-place";

    // "Fort Campbell, Kentucky", "Hasaka, Syria", "Fallujah in Iraq": the second place holds the first.
    private static void PlaceInPlace(SentenceView view, List<RelationCandidate> found)
    {
        foreach (var (place, _, end) in view.Mentions().Where(m => SentenceView.IsPlace(m.Mention)).ToList())
        {
            if (place.Kind == EntityKind.Country)
            {
                continue;
            }
            var comma = view.Word(end) == ",";
            var holder = comma ? view.MentionAt(end + 1)
                : view.Lower(end) is "in" or "inside" ? view.MentionAt(end + 1) ?? view.MentionAt(end + 2)
                : null;
            if (holder is null || !SentenceView.IsPlace(holder) || holder.EntityKey == place.EntityKey)
            {
                continue;
            }
            var (_, holderEnd) = view.RangeOf(holder);
            // "Mosul, Raqqah and Deir ez-Zor" is a list, not a place and its country.
            if (comma && (holder.Kind is not (EntityKind.Country or EntityKind.Region) || view.Lower(holderEnd) is "and" or "or"
                || view.Word(holderEnd) == "," && view.Lower(holderEnd + 1) is "and" or "or" && !(view.MentionAt(holderEnd + 2) is { Kind: EntityKind.Country })))
            {
                continue;
            }
            found.Add(new RelationCandidate
            {
                Subject = place, Predicate = Predicate.LocatedIn, Object = holder, Trigger = (end, end + 1),
                Confidence = comma ? 0.8 : 0.7, Pattern = comma ? PlaceGloss : PlaceWithin,
            });
        }
    }

    // "ISIL terrorists in Syria and Iraq", "U.S. forces operating near Raqqah", "Carter arrived in Baghdad":
    // the actor the preposition's phrase belongs to is placed there.
    private static void PlacedBy(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!PlacePrepositions.Contains(view.Lower(i)))
        {
            return;
        }
        var places = view.ListAfter(i + 1, SentenceView.IsPlace, reach: 8);
        if (places.Count == 0 || view.RangeOf(places[0]).Start > i + 2)
        {
            return;
        }
        var actor = NearActor(view, i) ?? view.ClauseSubjectBefore(i, SentenceView.IsActor);
        if (actor is null || actor.Type == EntityType.Location || IsFiredAt(view, i))
        {
            return;
        }
        // "Carter commented on bombings in Istanbul": a phrase further on belongs to a noun, not to the subject.
        var gap = Enumerable.Range(view.RangeOf(actor).End, Math.Max(0, i - view.RangeOf(actor).End)).ToList();
        if (NearActor(view, i) is null && (gap.Count > 5 || gap.Any(k => view.IsPreposition(k) && view.Lower(k) != "with")))
        {
            return;
        }
        // "raised the situation in Ukraine", "condemns barrel bomb attacks in Syria": the place is the topic's or the
        // attack's, not where the one who speaks of it is.
        if (NearActor(view, i) is null && (IsTopicNoun(view.Lower(i - 1))
            || DependencyPatterns.IsAttackNoun(view.Lower(i - 1)) && gap.Any(k => DependencyPatterns.IsStanceVerb(view.Lower(k)))))
        {
            return;
        }
        var near = NearActor(view, i) is not null;
        foreach (var place in places.Where(p => p.EntityKey != actor.EntityKey))
        {
            found.Add(new RelationCandidate
            {
                Subject = actor, Predicate = actor.Type == EntityType.Organization ? Predicate.OperatesIn : Predicate.LocatedIn,
                Object = place, Trigger = (i, i + 1), Confidence = near ? 0.65 : 0.55, Pattern = near ? "actor-in-place" : "subject-in-place",
            });
        }
    }

    // The actor a prepositional phrase at i modifies: "ISIL terrorists in", "U.S. forces operating near".
    private static Mention? NearActor(SentenceView view, int i)
    {
        for (var k = i - 1; k >= Math.Max(view.First, i - 4); k--)
        {
            if (view.MentionAt(k) is { } mention)
            {
                return SentenceView.IsActor(mention) && mention.Type != EntityType.Location ? mention : null;
            }
            if (!char.IsLetter(view.Word(k)[0]) || view.IsPreposition(k) || CueLexicon.AttributionVerbs.ContainsKey(view.Lower(k)))
            {
                return null;
            }
        }
        return null;
    }

    // "18 strikes against ISIL", "the fight against Daesh", "Coalition forces engaged ISIL fighters",
    // "to defeat ISIL": the clause's actor is hostile to the one it acts against.
    private static void Against(SentenceView view, int i, List<RelationCandidate> found)
    {
        var word = view.Lower(i);
        var adjacent = word == "against" && (AgainstNouns.Contains(view.Lower(i - 1)) || Verbs.ContainsKey(view.Lower(i - 1))
            || view.Lower(i - 1) is "fighting" or "fought" or "operating" or "struggle" or "continue" or "continues" or "perpetrated" or "committed"
                or "waged" or "waging" or "launched" or "launching" or "directed");
        // "conducted 15 strikes using attack, bomber and fighter aircraft against ISIL targets": the count's "against", further on.
        var strikes = word == "against" && !adjacent ? StrikeCountBefore(view, i) : -1;
        if (!adjacent && strikes < 0 && !(HostileVerbs.Contains(word) && !(view.Lower(i - 1) is "the" or "a" or "an") && !view.IsTaggedNonVerb(i)))
        {
            return;
        }
        // A strike report's targets may be places ("ISIL targets", "an ISIL-held building"): the strikes attacked them.
        var target = view.ObjectAfter(i + 1, m => SentenceView.IsActor(m) || strikes >= 0 && SentenceView.IsPlace(m), reach: 4);
        if (target is null)
        {
            return;
        }
        var actor = view.ClauseSubjectBefore(strikes >= 0 ? strikes : i, SentenceView.IsActor);
        if (actor is null || actor.EntityKey == target.EntityKey)
        {
            return;
        }
        var predicate = SentenceView.IsActor(target) ? Predicate.HostileTo : Predicate.Attacked;
        found.Add(Pair(actor, target, predicate, i, 0.65, strikes >= 0 ? "strike-count-against" : word == "against" ? "against" : "hostile-verb"));
    }

    private static readonly FrozenSet<string> FiringVerbs = Set(
        "fired", "fires", "fire", "firing", "launched", "launches", "launch", "launching", "lobbed", "lobs", "hurled");

    /// <summary>Whether a word is a verb of firing munitions ("fired", "launched"), whose "at"/"into" phrase is a target, not a place.</summary>
    public static bool IsFiringVerb(string word) => FiringVerbs.Contains(word);

    // "the Houthis fired missiles at Riyadh", "Hamas launched rockets into Israel": what is fired at is attacked. The
    // words between are the munitions; a name other than a weapon's ("launched drones from Yemen at …") ends the search.
    private static void FiredAt(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (!FiringVerbs.Contains(view.Lower(i)) || view.IsTaggedNonVerb(i) || view.Lower(i - 1) is "the" or "a" or "an")
        {
            return;
        }
        for (var k = i + 1; k < Math.Min(view.End, i + 8); k++)
        {
            if (view.MentionAt(k) is { } named)
            {
                if (named.Type is not (EntityType.Weapon or EntityType.MilitaryPlatform or EntityType.Vehicle or EntityType.Quantity))
                {
                    return;
                }
                k = view.RangeOf(named).End - 1;
                continue;
            }
            var word = view.Lower(k);
            if (word is "," or ";" or ":" or "." or "that" or "which" or "who" or "from" or "by" or "in")
            {
                return;
            }
            if (word is "at" or "on" or "into" or "toward" or "towards"
                && view.ObjectAfter(k + 1, m => SentenceView.IsActor(m) || SentenceView.IsPlace(m), reach: 3) is { } target
                && view.SubjectBefore(i, SentenceView.IsActor) is { } actor && actor.EntityKey != target.EntityKey && actor != target)
            {
                found.Add(Pair(actor, target, Predicate.Attacked, i, 0.7, "fired-at"));
                return;
            }
        }
    }

    // Whether the "at"/"into" at i names what a verb of firing before it, in the same clause, aimed at.
    private static bool IsFiredAt(SentenceView view, int i)
    {
        if (view.Lower(i) is not ("at" or "into"))
        {
            return false;
        }
        for (var k = i - 1; k >= Math.Max(view.First, i - 8) && view.Word(k) is not ("," or ";" or ":"); k--)
        {
            if (FiringVerbs.Contains(view.Lower(k)))
            {
                return true;
            }
        }
        return false;
    }

    // The start of a strike count ("15 strikes") at most ten words before i in the same clause, a weapon's name counting
    // as one word, or -1. An actor between has the "against" phrase: "strikes in support of the SDF against ISIL".
    private static int StrikeCountBefore(SentenceView view, int i)
    {
        for (var (k, steps) = (i - 2, 0); k >= view.First && steps < 10; k--, steps++)
        {
            if (IsStrikeCount(view, k))
            {
                return k;
            }
            if (view.MentionAt(k) is { } named)
            {
                if (SentenceView.IsActor(named) || SentenceView.IsPlace(named))
                {
                    return -1;
                }
                k = view.RangeOf(named).Start;
            }
            else if (view.Word(k) is ";" or ":" || view.Lower(k) is "which" or "who" or "that" or "against")
            {
                return -1;
            }
        }
        return -1;
    }

    // "Kerry spoke with Lavrov", "conveyed to Foreign Minister Al-Jubeir", "a meeting between A and B",
    // "meeting with B".
    private static void Communication(SentenceView view, int i, List<RelationCandidate> found)
    {
        var word = view.Lower(i);
        if (SpeakingVerbs.Contains(word) && !view.IsTaggedNonVerb(i))
        {
            var start = view.Lower(i + 1) is "with" or "to" ? i + 2 : i + 1;
            if (word is "discussed" or "conveyed" or "negotiated" && start == i + 1)
            {
                return;
            }
            var partner = view.ObjectAfter(start, SentenceView.IsActor, reach: 3);
            var speaker = view.ClauseSubjectBefore(i, SentenceView.IsActor);
            // "received weapons from Yemen" is a delivery (the supply patterns'), not a visit received.
            var receivedFrom = word == "received" && partner is not null
                && Enumerable.Range(start, Math.Max(0, view.RangeOf(partner).Start - start)).Any(k => view.Lower(k) == "from");
            // "Pakistan welcomed the Taliban's capture of Kabul": an owner is no partner.
            if (partner is not null && speaker is not null && partner.EntityKey != speaker.EntityKey && !receivedFrom && !view.IsModifierAt(view.RangeOf(partner).End)
                && !(partner.Type == EntityType.Location && speaker.Type == EntityType.Location))
            {
                var predicate = word is "visited" && partner.Type == EntityType.Location ? Predicate.LocatedIn : Predicate.MetWith;
                // "Kerry will host the ministers in Washington": host and guests are where the hosting is.
                var place = word is "host" or "hosts" or "hosted" or "welcomed" && predicate == Predicate.MetWith
                    ? PlaceAfter(view, view.RangeOf(partner).End, speaker, partner)
                    : null;
                found.Add(Pair(speaker, partner, predicate, i, 0.65, "speaking-verb") with { Place = place });
            }
        }
        else if (ContactNouns.Contains(word) && view.Lower(i + 1) is "with" or "between")
        {
            var members = view.ListAfter(i + 2, SentenceView.IsActor, reach: 8).Where(m => m.Type != EntityType.Location || m.Kind == EntityKind.Country).ToList();
            if (view.Lower(i + 1) == "between" && members.Count >= 2 && members[0].EntityKey != members[1].EntityKey)
            {
                found.Add(Pair(members[0], members[1], Predicate.MetWith, i, 0.7, "meeting-between"));
            }
            else if (view.Lower(i + 1) == "with" && members.Count > 0
                && (view.Word(i - 1) is "'s" or "’s" && view.MentionAt(i - 2) is { } owner ? owner : view.SubjectBefore(i, SentenceView.IsActor)) is { } host
                && host.EntityKey != members[0].EntityKey)
            {
                found.Add(Pair(host, members[0], Predicate.MetWith, i, 0.65, "meeting-with"));
            }
        }
    }

    // "Near Mosul, five strikes engaged ISIL tactical units": an opening place phrase places the clause's actors.
    private static void OpeningPlace(SentenceView view, List<RelationCandidate> found)
    {
        var first = view.First;
        if (view.Lower(first) is "additionally" or "also" or "elsewhere" or "today" or "yesterday" or "earlier" or "later" && view.Lower(first + 1) is "in" or "near" or "at")
        {
            first++;
        }
        if (!(view.Lower(first) is "in" or "near" or "at") || view.MentionAt(first + 1) is not { } place || !SentenceView.IsPlace(place))
        {
            return;
        }
        var comma = view.RangeOf(place).End;
        // "Near Tabqa, Syria, …", "At the National Museum in Baghdad, …": the place's own setting before the comma.
        if (view.Word(comma) == "," && view.MentionAt(comma + 1) is { Kind: EntityKind.Country }
            || view.Lower(comma) == "in" && view.MentionAt(comma + 1) is { } setting && SentenceView.IsPlace(setting))
        {
            comma = view.RangeOf(view.MentionAt(comma + 1)!).End;
        }
        if (view.Word(comma) != ",")
        {
            return;
        }
        // "Near Mosul, five strikes engaged …; destroyed three ISIL-held buildings, a staging facility …": a strike
        // report's clause is one list of what was hit there, however long, places among it (a building, a
        // fighting position); elsewhere the first actors only.
        var strikes = IsStrikeCount(view, comma + 1);
        var placed = view.Mentions()
            .Where(m => m.Start > comma && (m.Mention.Type is EntityType.Organization or EntityType.Person
                || strikes && SentenceView.IsPlace(m.Mention) && m.Mention.Kind is not EntityKind.Country && m.Mention.EntityKey != place.EntityKey))
            .Take(strikes ? int.MaxValue : 3).ToList();
        foreach (var (actor, start, _) in placed)
        {
            if (view.IsPreposition(start - 1) && view.Lower(start - 1) is not ("against" or "by"))
            {
                continue;
            }
            found.Add(new RelationCandidate
            {
                Subject = actor, Predicate = actor.Type == EntityType.Organization ? Predicate.OperatesIn : Predicate.LocatedIn,
                Object = place, Trigger = (first, first + 1), Confidence = 0.55, Pattern = strikes ? "strike-list-place" : "opening-place",
            });
        }
    }

    // "five strikes", "one airstrike", "12 strikes": a count of strikes opening the clause at i.
    private static bool IsStrikeCount(SentenceView view, int i) =>
        (view.Word(i) is { Length: > 0 } count && char.IsDigit(count[0]) || Time.TimeVocabulary.Cardinals.ContainsKey(view.Lower(i)))
        && view.Lower(i + 1) is "strike" or "strikes" or "airstrike" or "airstrikes";

    // "Booker was assigned to 2nd Battalion", "Coalition nations … include Australia, Bahrain and Canada",
    // "coalition partners such as France".
    private static void Membership(SentenceView view, int i, List<RelationCandidate> found)
    {
        var word = view.Lower(i);
        if (word is "assigned" or "attached" or "deployed" && view.Lower(i + 1) == "to"
            && view.ObjectAfter(i + 2, SentenceView.IsGroup, reach: 3) is { } unit
            && view.SubjectBefore(i, m => m.Type is EntityType.Person or EntityType.Organization) is { } member && member.EntityKey != unit.EntityKey)
        {
            found.Add(Pair(member, unit, member.Type == EntityType.Person ? Predicate.MemberOf : Predicate.PartOf, i, 0.75, "assigned-to"));
        }
        else if (word is "include" or "includes" or "included" or "including" || word == "such" && view.Lower(i + 1) == "as")
        {
            var group = view.MentionAt(i - 1) is { } before && SentenceView.IsGroup(before) ? before
                : word is "include" or "includes" or "included" ? view.SubjectBefore(i, SentenceView.IsGroup) : null;
            if (group is null)
            {
                return;
            }
            var from = word == "such" ? i + 2 : i + 1;
            // "priorities for the Coalition's lines of effort" lists what the name owns, not the name.
            var list = view.ListAfter(from, SentenceView.IsActor, reach: 40).Where(m => !view.IsModifierAt(view.RangeOf(m).End)).ToList();
            // "It will include a detailed discussion of …, including military, foreign fighters": the names belong to the
            // nearer "including", whose own group is what stands right before it.
            if (list.Count == 0 || Enumerable.Range(from, view.RangeOf(list[0]).Start - from).Any(k => view.Lower(k) is "including" or "include" or "includes" || view.Lower(k) == "such" && view.Lower(k + 1) == "as"))
            {
                return;
            }
            foreach (var listed in list.Where(m => m.EntityKey != group.EntityKey))
            {
                found.Add(Pair(listed, group, listed.Type == EntityType.Organization && listed.Kind is not EntityKind.Government ? Predicate.PartOf : Predicate.MemberOf, i, 0.65, "group-includes"));
            }
        }
    }

    private static bool IsModifierWord(SentenceView view, int k) =>
        view.Word(k) is { Length: > 0 } w && char.IsLetter(w[0]) && !view.IsPreposition(k)
        && view.Lower(k) is not ("a" or "an" or "the" or "its" or "is" or "was" or "and" or "or" or "as" or "became" or "remains" or "one");

    private static string LastWord(Mention mention)
    {
        var text = mention.Text;
        var space = text.LastIndexOf(' ');
        return (space < 0 ? text : text[(space + 1)..]).ToLowerInvariant();
    }
}
