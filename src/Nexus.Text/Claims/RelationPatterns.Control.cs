namespace Nexus.Text.Claims;

/// <summary>
/// Territorial control, which CT reporting states mostly in noun phrases: "the ISIL-held city of Tal Afar", "areas
/// under Taliban control", "took control of Kabul", "lost control of Idlib", "the fall of Mosul to ISIL", "Raqqa, the
/// Islamic State's self-proclaimed capital". The verbs ("seized Mosul", "Mosul was taken by ISIL") are the dependency
/// reader's. A body controls a named place only: "ISIL-held territory in Syria" or "large parts of Somalia" is part of
/// a country, and a claim that ISIL controls Syria would say more than the text does; holding part of a place puts the
/// body there (operates_in).
/// </summary>
internal static partial class RelationPatterns
{
    private static readonly FrozenSet<string> HeldParticiples = Set("held", "controlled", "occupied", "run", "ruled", "dominated");

    // Nouns naming the place itself ("the ISIL-held city of Tal Afar"), not a part of it ("ISIL-held territory in Syria").
    private static readonly FrozenSet<string> SettlementNouns = Set("city", "town", "village", "district", "province", "region", "stronghold", "enclave");

    // Verbs before "control of": who takes, has or keeps it holds the place; who loses or cedes it holds it no more.
    private static readonly FrozenSet<string> GainingControl = Set(
        "took", "take", "takes", "taken", "taking", "seized", "seize", "seizes", "gained", "gain", "gains", "regained", "regain",
        "has", "have", "had", "having", "maintains", "maintained", "maintain", "retains", "retained", "retain", "claims", "claimed",
        "assumed", "assume", "wrested", "established", "exercises", "exercised", "exerts", "exerted", "remains", "remained",
        "is", "are", "was", "were", "in");

    private static readonly FrozenSet<string> LosingControl = Set("lost", "lose", "loses", "losing", "ceded", "cede", "relinquished", "surrendered");

    private static readonly FrozenSet<string> ControlDegrees = Set("full", "total", "effective", "complete", "de", "facto", "military", "the", "partial", "firm");

    // Hyphenated words are one token or three, as the tokenizer finds them.
    private static readonly FrozenSet<string> CapitalQualifiers = Set(
        "self-proclaimed", "self-declared", "so-called", "self", "so", "-", "called", "de", "facto", "declared", "former", "main", "proclaimed");

    // Nouns for part of a place: "large parts of Somalia", "swathes of Iraq", "areas of Balochistan".
    private static readonly FrozenSet<string> PlacePartNouns = Set(
        "part", "parts", "area", "areas", "swathes", "swaths", "much", "most", "some", "territory", "territories", "portion", "portions",
        "pockets", "stretches", "tracts", "half", "districts", "villages", "towns", "neighbourhoods", "neighborhoods", "outskirts");

    /// <summary>Whether a noun names a place by its kind: "the city of Mosul", "the ISIL-held town of Dabiq".</summary>
    public static bool IsSettlementNoun(string word) => SettlementNouns.Contains(word);

    /// <summary>Whether a noun names part of a place: "parts", "swathes", "territory".</summary>
    public static bool IsPlacePart(string word) => PlacePartNouns.Contains(word);

    private static void Control(SentenceView view, int i, List<RelationCandidate> found)
    {
        switch (view.Lower(i))
        {
            case var held when HeldParticiples.Contains(held) && view.Word(i - 1) == "-":
                HeldPlace(view, i, found);
                break;
            case "control" or "rule" or "occupation" when Enumerable.Range(i - 4, 4).LastOrDefault(k => view.Lower(k) == "under", -1) is var under and >= 0:
                UnderControl(view, under, i, found);
                break;
            case "control" when view.Lower(i + 1) is "of" or "over":
                ControlOf(view, i, found);
                break;
            case "fall" when view.Lower(i + 1) == "of":
                FallTo(view, i, found);
                break;
            case "capital":
                Capital(view, i, found);
                break;
            case var verb when Verbs.TryGetValue(verb, out var predicate) && predicate == Predicate.Controls:
                PartHeld(view, i, found);
                break;
        }
    }

    // "Al-Shabaab still controls large parts of southern Somalia": the holder of part of a place is there.
    private static void PartHeld(SentenceView view, int i, List<RelationCandidate> found)
    {
        var k = i + 1;
        while (view.Lower(k) is "large" or "vast" or "small" or "most" or "much" or "some" or "several" or "many" or "the")
        {
            k++;
        }
        if (PlacePartNouns.Contains(view.Lower(k)) && view.Lower(k + 1) is "of" or "in"
            && view.ObjectAfter(k + 2, SentenceView.IsPlace, reach: 3) is { } whole
            && view.SubjectBefore(i, SentenceView.IsGroup) is { } holder)
        {
            found.Add(Pair(holder, whole, Predicate.OperatesIn, i, 0.7, "holds-part"));
        }
    }

    // "the ISIL-held city of Tal Afar", "Houthi-controlled Sanaa".
    private static void HeldPlace(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (view.MentionAt(i - 2) is not { } holder || !SentenceView.IsGroup(holder))
        {
            return;
        }
        var k = i + 1;
        if (SettlementNouns.Contains(view.Lower(k)))
        {
            k += view.Lower(k + 1) == "of" ? 2 : 1;
        }
        if (view.MentionAt(k) is { } place && SentenceView.IsPlace(place) && view.RangeOf(place).Start == k)
        {
            found.Add(Pair(holder, place, Predicate.Controls, i, 0.8, "held-place"));
        }
        else if (PlacePartNouns.Contains(view.Lower(k)) && view.Lower(k + 1) is "in" or "of" && view.MentionAt(k + 2) is { } whole && SentenceView.IsPlace(whole))
        {
            // "ISIL-held territory in Syria": ISIL is in Syria, and holds part of it.
            found.Add(Pair(holder, whole, Predicate.OperatesIn, i, 0.75, "held-part"));
        }
    }

    // "The Taliban took control of Kabul", "ISIL has had control of Mosul", "the army claims full control of Aleppo",
    // "ISIL remains in control of Mosul", "Jabhat al-Nusra lost control of Idlib".
    private static void ControlOf(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (view.ObjectAfter(i + 2, SentenceView.IsPlace, reach: 4) is not { } place)
        {
            return;
        }
        var k = i - 1;
        while (ControlDegrees.Contains(view.Lower(k)))
        {
            k--;
        }
        var lost = LosingControl.Contains(view.Lower(k));
        if (!lost && !GainingControl.Contains(view.Lower(k)) || view.SubjectBefore(k, SentenceView.IsActor) is not { } holder)
        {
            return;
        }
        // "took control of large parts of Balochistan": whoever holds part of a place is there, and no more is said.
        found.Add(IsPartOf(view, i + 2, view.RangeOf(place).Start) ? Pair(holder, place, Predicate.OperatesIn, i, 0.7, "control-of-part") with { Negated = lost }
            : Pair(holder, place, Predicate.Controls, i, 0.75, "control-of") with { Negated = lost });
    }

    // "areas of Balochistan under the control of the Taliban", "Idlib is under HTS control", "Crimea, under Russian occupation".
    private static void UnderControl(SentenceView view, int under, int i, List<RelationCandidate> found)
    {
        var holder = view.Lower(i + 1) == "of" ? view.ObjectAfter(i + 2, SentenceView.IsActor, reach: 3)
            : Enumerable.Range(under + 1, i - under - 1).Select(view.MentionAt).LastOrDefault(m => m is not null && SentenceView.IsActor(m));
        // The place just before "under" ("Idlib is under", "areas of Balochistan are under"), in the subject or not.
        var place = Enumerable.Range(under - 4, 4).Reverse().Select(view.MentionAt).FirstOrDefault(m => m is not null && SentenceView.IsPlace(m));
        if (holder is not null && place is not null && holder != place)
        {
            found.Add(IsPartOf(view, view.RangeOf(place).Start - 3, view.RangeOf(place).Start) ? Pair(holder, place, Predicate.OperatesIn, i, 0.7, "under-control-part")
                : Pair(holder, place, Predicate.Controls, i, 0.75, "under-control"));
        }
    }

    // "the fall of Mosul to ISIL".
    private static void FallTo(SentenceView view, int i, List<RelationCandidate> found)
    {
        if (view.ObjectAfter(i + 2, SentenceView.IsPlace, reach: 4) is { } place && view.Lower(view.RangeOf(place).End) == "to"
            && view.ObjectAfter(view.RangeOf(place).End + 1, SentenceView.IsGroup, reach: 2) is { } taker)
        {
            found.Add(Pair(taker, place, Predicate.Controls, i, 0.75, "fall-to"));
        }
    }

    // "Raqqa, the Islamic State's self-proclaimed capital", "ISIL's de facto capital of Raqqa": a body's capital is a city it holds.
    private static void Capital(SentenceView view, int i, List<RelationCandidate> found)
    {
        var k = i - 1;
        while (CapitalQualifiers.Contains(view.Lower(k)))
        {
            k--;
        }
        if (view.Word(k) is not ("'s" or "’s") || view.MentionAt(k - 1) is not { } holder || !SentenceView.IsGroup(holder))
        {
            return;
        }
        var start = view.RangeOf(holder).Start - (view.Lower(view.RangeOf(holder).Start - 1) == "the" ? 1 : 0);
        var place = (view.Lower(i + 1) is "of" or "," ? view.MentionAt(i + 2) : null)
            ?? (view.Word(start - 1) == "," ? view.MentionAt(start - 2) : null);
        if (place is not null && SentenceView.IsPlace(place) && place.Kind != EntityKind.Country)
        {
            found.Add(Pair(holder, place, Predicate.Controls, i, 0.75, "capital-of"));
        }
    }

    // Whether a part noun stands in [from, to): "control of large parts of Somalia", "areas of Balochistan under …".
    private static bool IsPartOf(SentenceView view, int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from)).Any(k => PlacePartNouns.Contains(view.Lower(k)));
}
