namespace Nexus.Text.Claims;

/// <summary>
/// Finds the cues of a sentence and who holds what they govern: "according to X", "X said /
/// asserted / interpret / warn that", "reportedly", "allegedly", "accused of", "is said to",
/// "has been assessed by X as", "media reports indicate", "allegations that", modal hedges
/// (may, might, could) and ICD 203 likelihood words.
/// <para>
/// Scope: "according to X", hedging adverbs, modal verbs and likelihood words govern the whole
/// sentence; verbs of saying and judging govern their complement (what follows the verb) or, when
/// they close the sentence ("…, a senior official said."), what precedes it; passive frames ("is said
/// to", "has been assessed by X as") govern their clause, subject included, except an apposition of
/// that subject (the author's own description); reporting nouns ("allegations that", "evidence
/// pointing to") govern what follows them. So in "The arrest of X by Y has drawn attention to allegations that Z",
/// the arrest stays the author's assertion while Z is an allegation.
/// </para>
/// </summary>
internal static class AttributionFinder
{
    /// <summary>The text of a <see cref="StatementIntro"/> that introduces speech ("said:", "the following statement:"), not a list ("the following:").</summary>
    public const string Speech = "statement";

    private static readonly Holder Unnamed = new("unnamed sources", HolderKind.Anonymous);

    // The likelihood phrases split into words once, in the lexicon's order.
    private static readonly ImmutableArray<(string Phrase, string[] Words)> LikelihoodPhrases =
        [.. CueLexicon.Likelihoods.Select(p => (p, p.Split(' ')))];

    // The words a likelihood phrase starts with: any other word starts none, which most words settle at once.
    private static readonly FrozenSet<string> LikelihoodStarts =
        LikelihoodPhrases.Select(p => p.Words[0]).ToFrozenSet(StringComparer.Ordinal);

    public static List<Cue> Find(SentenceView view, Holder author)
    {
        var cues = new List<Cue>();
        for (var i = view.First; i < view.End; i++)
        {
            var word = view.Lower(i);
            if (word == "according" && view.Lower(i + 1) == "to")
            {
                var (holder, end) = NounPhraseHolder(view, i + 2);
                var opens = i == view.First && view.Word(end) == ",";
                cues.Add(new Cue(i, i + 2, Modality.Reported, holder, "according to", null, opens, Whole(view)));
                i = end - 1;
            }
            else if (CueLexicon.PassiveFrames.TryGetValue(word, out var passive) && view.AuxiliaryBefore(i) is { } aux)
            {
                var holder = view.Lower(i + 1) == "by" ? NounPhraseHolder(view, i + 2).Holder : Unnamed;
                cues.Add(new Cue(aux, i + 1, passive, holder, view.Lower(aux) + " " + word, null, false, Whole(view))
                {
                    Excluded = AppositionBefore(view, aux),
                });
            }
            else if (ClaimedAttack.Find(view, i) is { } claimed)
            {
                // "the bombing in Quetta, which ISKP claimed": the claim governs the attack named before it.
                cues.Add(new Cue(i, i + 1, Modality.Alleged, HolderOf(view, claimed.Claimant, view.RangeOf(claimed.Claimant).End), word, null, false,
                    (claimed.Attack, claimed.Clause)));
            }
            else if (CueLexicon.AttributionVerbs.TryGetValue(word, out var modality) && IsVerbUse(view, i) && view.MentionAt(i) is null
                && (i == view.First || char.IsLower(view.Word(i)[0])) && !Withholds(view, i)
                && !(CueLexicon.SayingOnlyBeforeThat.Contains(word) && view.Lower(i + 1) != "that" && VerbScope(view, i).Item1 != view.First)
                && !(CueLexicon.QuestioningOnlyBeforeWhether.Contains(word) && view.Lower(i + 1) is not ("whether" or "if" or "that")))
            {
                var holder = FollowsQuotation(view, i) ? SpeakerAfter(view, i) ?? SpeakerBefore(view, i)
                    : VerbScope(view, i).Item1 == view.First && i > view.First + 1 ? SpeakerClosing(view, i)
                    : SpeakerBefore(view, i);
                // An accusation or a denial whose holder is not found is still no statement of the author's: "Islamabad
                // has denied that …" must not come out as the author asserting the contrary.
                if (holder is null && !(modality is Modality.Alleged || modality is Modality.Denied && CueLexicon.Denials.Contains(word) && view.AuxiliaryBefore(i) is null))
                {
                    continue;
                }
                // "The ISI has never acknowledged supporting X", "the Taliban have not confirmed his death": a statement not
                // made attributes nothing to its holder, and denies nothing either; what it is about stays unconfirmed.
                var scope = VerbScope(view, i);
                if (CueLexicon.Sanctions.Contains(word) && scope.Item1 == i)
                {
                    scope = (i + 1, scope.Item2);
                }
                cues.Add(NegatedBefore(view, i) is { } negation
                    ? new Cue(negation, i + 1, Modality.Speculative, author, view.Lower(negation) + " " + word, null, false, scope)
                    : new Cue(i, i + 1, modality, holder ?? Unnamed, word, CueLexicon.LikelihoodOf(word), false, scope));
            }
            // "Washington urged Pakistan to stop funding LeT", "India demanded that Iran end its support for …": who asks
            // another to stop doing something says they do it. The asker holds that, as an accusation; the author does not.
            else if (Intention.IsRequest(word) && IsVerbUse(view, i) && Cessation(view, i) is { } stop)
            {
                cues.Add(new Cue(i, i + 1, Modality.Alleged, SpeakerBefore(view, i) ?? Unnamed, word, null, false, (stop, ClauseEnd(view, stop))));
            }
            else if (CueLexicon.ReportingNouns.TryGetValue(word, out var nounModality) && view.Lower(i + 1) is "that" or "of" or "pointing" or "suggesting" or "indicating")
            {
                cues.Add(EvidenceCue(view, i, nounModality, author));
            }
            // "It is unclear whether X funded Y": an open question asserts nothing of what it asks. "If X attacks Y, Z will …"
            // and "X trained Y if the dossier is right": a condition and what depends on it are only possibilities. Not "as
            // if", "even if", "whether or not" (concessive), "if any", "if not" ("dozens, if not hundreds").
            else if (word == "whether" && view.Lower(i + 1) != "or")
            {
                cues.Add(new Cue(i, i + 1, Modality.Speculative, author, word, null, false, (i, view.End)));
            }
            else if (word == "if" && view.Lower(i - 1) is not ("as" or "even") && view.Lower(i + 1) is not ("any" or "not" or "anything" or "ever"))
            {
                cues.Add(new Cue(i, i + 1, Modality.Speculative, author, word, null, false, Whole(view)));
            }
            else if (Likelihood(view, i) is { } phrase)
            {
                cues.Add(new Cue(i, i + phrase.Words, Modality.Speculative, author, phrase.Text, phrase.Text, false, Whole(view)));
                i += phrase.Words - 1;
            }
            // "in May 2016" is a month, not a hedge.
            else if (CueLexicon.Adverbs.TryGetValue(word, out var hedge) && !(word == "may" && view.Word(i) != "may"))
            {
                var holder = hedge is Modality.Reported or Modality.Alleged ? Unnamed : author;
                cues.Add(new Cue(i, i + 1, hedge, holder, word, null, false, Whole(view)));
            }
        }
        return cues;
    }

    /// <summary>
    /// "Lt. Gen. Townsend provided the following statement on the SDF advance:": a sentence that
    /// ends in a colon and names a speaker introduces a quotation that speaker holds; "The Foreign Secretary
    /// said:" names none, and the holder of its verb of saying (<paramref name="cues"/>) holds the quotation.
    /// </summary>
    public static Cue? StatementIntro(SentenceView view, IReadOnlyList<Cue> cues)
    {
        // Asked of every sentence outside a quotation: the colon is checked before any word is read.
        if (view.Word(view.End - 1) != ":")
        {
            return null;
        }
        var keyword = Enumerable.Range(view.First, view.Sentence.TokenCount)
            .FirstOrDefault(k => view.Lower(k) is "statement" or "said" or "remarks" or "stated" or "following", -1);
        if (keyword < 0)
        {
            return null;
        }
        var speech = Enumerable.Range(keyword, view.End - keyword).Any(k => view.Lower(k) is "statement" or "said" or "remarks" or "stated");
        // The speaker named last before the keyword: "The … Commander, Lt. Gen. Stephen J. Townsend, provided".
        var before = view.Mentions().Where(m => m.End <= keyword).ToList();
        var speaker = before.LastOrDefault(m => m.Mention.Type == EntityType.Person);
        if (speaker.Mention is null)
        {
            speaker = before.LastOrDefault(m => IsSpeaker(m.Mention));
        }
        if (speaker.Mention is not null)
        {
            return new Cue(view.End - 1, view.End, Modality.Reported, HolderOf(view, speaker.Mention, speaker.End), speech ? Speech : "following", null, false, Whole(view));
        }
        return speech && cues.LastOrDefault(c => c.Modality == Modality.Reported && c.Holder.Kind != HolderKind.Author && c.Start < view.End - 1) is { } said
            ? said with { Text = Speech }
            : null;
    }

    private static (int, int) Whole(SentenceView view) => (view.First, view.End);

    // "allegations that", "evidence that": held by whoever found or has it ("Investigators found evidence that …"), else
    // by the noun phrase itself. "The panel found no evidence that X …", "there is little proof that X …": what has no
    // evidence is neither reported nor denied but stays unconfirmed, as with a statement never made.
    private static Cue EvidenceCue(SentenceView view, int noun, Modality modality, Holder author)
    {
        var text = view.Lower(noun) + " " + view.Lower(noun + 1);
        var k = noun - 1;
        while (CueLexicon.EvidenceModifiers.Contains(view.Lower(k)))
        {
            k--;
        }
        var none = Enumerable.Range(k + 1, noun - k - 1).FirstOrDefault(m => view.Lower(m) is "no" or "little" or "scant" or "insufficient", -1);
        if (none < 0 && view.Lower(noun - 1) == "any" && NegatedBefore(view, k) is { } negation)
        {
            none = negation;
        }
        if (none >= 0)
        {
            var written = string.Join(' ', Enumerable.Range(none, noun + 2 - none).Select(view.Lower));
            return new Cue(none, noun + 2, Modality.Speculative, author, written, null, false, (noun, view.End));
        }
        // "Pakistan has repeatedly denied allegations that it …": the allegations are what the denier denies.
        if (CueLexicon.IsDenying(view.Lower(k)) && SpeakerBefore(view, k) is { } denier)
        {
            return new Cue(noun, noun + 2, Modality.Denied, denier, view.Lower(k) + " " + text, null, false, (noun, view.End));
        }
        var holder = CueLexicon.FindingVerbs.Contains(view.Lower(k)) ? SpeakerBefore(view, k) : null;
        return new Cue(noun, noun + 2, modality, holder ?? new Holder(AnonymousText(view, noun), HolderKind.Anonymous), text, null, false, (noun, view.End));
    }

    // The verb of stopping in what a request asks ("urged Pakistan to stop", "called on Iran to end", "demanded that
    // Kabul cease"), within a few words and no clause between; null when the request asks for something else.
    private static int? Cessation(SentenceView view, int request)
    {
        var complement = false;
        for (var k = request + 1; k < Math.Min(view.End, request + 10); k++)
        {
            if (view.Word(k) is "," or ";" or ":" || view.Lower(k) is "which" or "who" or "and" or "but")
            {
                return null;
            }
            if (complement && CueLexicon.Cessations.Contains(view.Lower(k)))
            {
                return k;
            }
            complement |= view.Lower(k) is "to" or "that";
        }
        return null;
    }

    // The token that ends the clause starting at start: the next comma, semicolon or relative word, else the sentence's end.
    private static int ClauseEnd(SentenceView view, int start)
    {
        var k = start + 1;
        while (k < view.End && view.Word(k) is not ("," or ";" or ":") && view.Lower(k) is not ("which" or "who" or "while" or "but"))
        {
            k++;
        }
        return k;
    }

    // "LeT, a UN-designated organisation, has been assessed …": the apposition between the commas.
    private static (int, int) AppositionBefore(SentenceView view, int aux)
    {
        var i = aux - 1;
        while (view.Lower(i) is "has" or "have" or "had" or "long" or "also")
        {
            i--;
        }
        if (view.Word(i) != ",")
        {
            return (0, 0);
        }
        for (var k = i - 1; k > view.First; k--)
        {
            if (view.Word(k) == ",")
            {
                return (k, i + 1);
            }
        }
        return (0, 0);
    }

    // "X said that …" governs what follows; "…, X said.", "…, X concluded in its report." and ""…," said X, commander of Y."
    // govern what precedes (the speaker's description after the verb is the author's).
    private static (int, int) VerbScope(SentenceView view, int verb)
    {
        if (FollowsQuotation(view, verb))
        {
            return (view.First, verb + 1);
        }
        // "Foreign Office Minister Tobias Ellwood said: …" introduces what follows the colon; the speaker's title is the author's.
        if (view.Word(verb + 1) == ":")
        {
            return (verb, view.End);
        }
        // "The Haqqani network, which Washington says is backed by the ISI, attacked Kabul": a verb of saying inside a
        // relative clause between commas governs that clause only.
        var opening = Math.Max(view.First + 1, verb - 6);
        if (Enumerable.Range(opening, Math.Max(0, verb - opening)).Any(k => view.Lower(k) is "which" or "who" && view.Word(k - 1) == ","))
        {
            return (verb, ClauseEnd(view, verb));
        }
        var rest = Enumerable.Range(verb + 1, Math.Max(0, view.End - verb - 1)).Where(k => char.IsLetterOrDigit(view.Word(k)[0])).ToList();
        var commaBefore = Enumerable.Range(Math.Max(view.First, verb - 7), Math.Min(7, verb - view.First)).Any(k => view.Word(k) == ",");
        // "…, Peter Cook told reporters today.": a short tail naming the audience or the time still closes the sentence.
        var closing = rest.Count == 0
            || (view.Lower(verb + 1) is "in" or "on" or "at" or "during" or "last" or "this" or "after" or "earlier" or "when" or "while"
                || view.Lower(verb) is "told" or "tells" && rest.Count <= 3)
               && rest.All(k => view.Lower(k) != "that") && commaBefore;
        return closing ? (view.First, verb + 1) : (verb, view.End);
    }

    // ""Forbin is committed to …," said": a verb of saying right after a quotation closes.
    private static bool FollowsQuotation(SentenceView view, int verb) =>
        view.Word(verb - 1) is "\"" or "”" && view.Word(verb - 2) is "," or "." or "?" or "!";

    // ""…," said Capt. Christophe Cluzel": the person or body named right after the verb, titles aside, or the person
    // named earlier whose surname it is ("said Burns.").
    private static Holder? SpeakerAfter(SentenceView view, int verb)
    {
        var k = verb + 1;
        while (view.Contains(k) && view.MentionAt(k) is null && Names.Lexicon.Titles.Contains(view.Word(k)))
        {
            k++;
        }
        if (view.MentionAt(k) is { } speaker && IsSpeaker(speaker))
        {
            return HolderOf(view, speaker, view.RangeOf(speaker).End);
        }
        return view.Contains(k) && char.IsUpper(view.Word(k)[0]) && view.PersonNamed(k) is { } earlier ? HolderOf(view, earlier, k + 1) : null;
    }

    // The negation of a verb of saying: "has never acknowledged", "did not confirm", "haven't said".
    private static int? NegatedBefore(SentenceView view, int verb)
    {
        var k = verb - 1;
        while (view.Lower(k) is "has" or "have" or "had" or "did" or "does" or "do" or "yet" or "publicly" or "officially" or "formally" or "explicitly")
        {
            k--;
        }
        return view.Lower(k) is "not" or "never" or "n't" ? k : null;
    }

    // "deny safe haven to X", "denied them access": the verb withholds something and states nothing.
    private static bool Withholds(SentenceView view, int verb)
    {
        if (!CueLexicon.Denials.Contains(view.Lower(verb)))
        {
            return false;
        }
        for (var k = verb + 1; k < Math.Min(view.End, verb + 6); k++)
        {
            if (CueLexicon.WithheldThings.Contains(view.Lower(k)))
            {
                return true;
            }
            if (view.Word(k) is "," or ";" || view.Lower(k) is "that" or "having" or "reports" or "claims" or "allegations")
            {
                return false;
            }
        }
        return false;
    }

    // "claims" as a verb, not the noun in "Claims of institutional support"; "pointed" only as "pointed to".
    private static bool IsVerbUse(SentenceView view, int i)
    {
        // "on detailed arrangements", "in detailed talks": after a preposition the participle is an adjective.
        if (view.Lower(i - 1) is "the" or "a" or "an" or "these" or "those" or "such" or "his" or "her" or "its" or "their" or "of"
            or "on" or "in" or "for" or "with" or "about")
        {
            return false;
        }
        // "Analysts dismissed claims that …": after a verb of saying or denying, "claims" and "reports" are its object.
        if (CueLexicon.IsDenying(view.Lower(i - 1)))
        {
            return false;
        }
        return view.Lower(i) != "pointed" || view.Lower(i + 1) == "to";
    }

    // The holder before a verb of saying: a named person, organisation or document, else the noun phrase
    // itself as an anonymous source ("Security analysts", "a senior Afghan official").
    private static Holder? SpeakerBefore(SentenceView view, int verb)
    {
        var named = view.SubjectBefore(verb, IsSpeaker);
        if (named is not null && ClauseStart(view, verb) <= view.RangeOf(named).Start && CloseToHead(view, view.RangeOf(named).Start) is null)
        {
            return HolderOf(view, named, view.RangeOf(named).End);
        }
        var i = verb - 1;
        while (view.Contains(i) && view.Lower(i) is "have" or "has" or "had" or "also" or "increasingly" or "long" or "widely" or "repeatedly" or "reportedly" or "often" or "who")
        {
            i--;
        }
        // "Quetta denied that …": a place cannot speak, so the one named right before a verb of saying is its government's
        // voice. A capital the lists know already comes as its country (SeatOfGovernmentStage) and is a speaker above.
        if (view.MentionAt(i) is { Type: EntityType.Location } seat && IsClauseOpening(view, view.RangeOf(seat).Start - 1))
        {
            return SeatHolder(seat);
        }
        if (view.Lower(i) is "that" or "which" && view.MentionAt(i - 1) is { Type: EntityType.Document } document)
        {
            return HolderOf(view, document, i);
        }
        if (view.Lower(i) is "it" or "he" or "she")
        {
            // "He added, "…"": the person last named; a pronoun that names no one earlier is still someone else's word.
            return view.Referent(i) is { } referent ? HolderOf(view, referent, i + 1) : new Holder(view.Word(i), HolderKind.Anonymous);
        }
        // "Investigators in Kabul say": the head noun stands before a place or body that qualifies it.
        var last = i;
        if (view.MentionAt(i) is { } qualifier)
        {
            var start = view.RangeOf(qualifier).Start;
            if (view.Lower(start - 1) is "in" or "from" or "at" or "of" or "with")
            {
                i = start - 2;
            }
            // "Sources close to the Taliban said": the sources speak, not the Taliban.
            else if (CloseToHead(view, start) is { } head)
            {
                i = head;
            }
        }
        // "Several Member States noted": a UN report's unnamed states.
        if (!CueLexicon.AnonymousHolders.Contains(view.Lower(i)) && !(view.Lower(i) is "state" or "states" && view.Lower(i - 1) == "member"))
        {
            return null;
        }
        // "Jaish-e-Mohammed's spokesman denied": the body speaks through its unnamed member, as in "ISI officers".
        if (last == i && view.Word(i - 1) is "'s" or "’s" && view.MentionAt(i - 2) is { } owner && IsSpeaker(owner) && owner.Type != EntityType.Person)
        {
            return new Holder(view.SpanOf(view.RangeOf(owner).Start, i + 1).Of(view.Document.Text), HolderKind.Anonymous, owner.EntityKey);
        }
        var text = AnonymousText(view, i);
        return new Holder(last == i ? text : text + view.Document.Text[view.SpanOf(i, i + 1).End..view.SpanOf(last, last + 1).End], HolderKind.Anonymous);
    }

    // Whether the token before a subject opens its clause ("Islamabad denied", ", and Kabul said", "that the Kremlin"):
    // the sentence start, a comma or quotation mark, a conjunction or "the".
    private static bool IsClauseOpening(SentenceView view, int before) =>
        !view.Contains(before) || view.Word(before) is "," or ";" or "\"" or "“" || view.Lower(before) is "and" or "that" or "but" or "while" or "whereas" or "the";

    // "sources close to the Taliban", "fighters loyal to X": the head noun before the qualifier of the mention starting at
    // start, or null when the mention is no such qualifier.
    private static int? CloseToHead(SentenceView view, int start)
    {
        var k = view.Lower(start - 1) == "the" ? start - 2 : start - 1;
        return view.Lower(k) == "to" && view.Lower(k - 1) is "close" or "near" or "linked" or "connected" or "loyal" or "affiliated" ? k - 2 : null;
    }

    // A place that speaks ("Quetta denied", "accused by Quetta") is its government's voice.
    private static Holder SeatHolder(Mention place) => new(place.Text, HolderKind.Organization, place.EntityKey);

    private static bool IsSpeaker(Mention mention) =>
        mention.Type is EntityType.Person or EntityType.Organization or EntityType.Document
        || mention.Type == EntityType.Location && mention.Kind == EntityKind.Country;

    // "…, the provincial government said.": the noun phrase between the last comma and the verb.
    private static Holder? SpeakerClosing(SentenceView view, int verb)
    {
        var start = verb;
        while (start - 1 > view.First && view.Word(start - 1) is not ("," or "\"" or "”" or ";"))
        {
            start--;
        }
        if (start == verb || verb - start > 6)
        {
            return SpeakerBefore(view, verb);
        }
        // "ISKP attacked Taliban forces in Nangarhar, the group said": the group is the organisation the sentence opens with.
        if (verb - start == 2 && view.Lower(start) == "the" && view.Lower(start + 1) is "group" or "organisation" or "organization" or "outfit" or "movement"
            && view.Mentions() is [var (opening, openingStart, openingEnd), ..] && opening.Type == EntityType.Organization
            && openingStart <= view.First + 1 && openingEnd < start)
        {
            return HolderOf(view, opening, openingEnd);
        }
        var named = view.Mentions().LastOrDefault(m => m.Start >= start && m.End <= verb && IsSpeaker(m.Mention));
        if (named.Mention is not null && named.End == verb)
        {
            return HolderOf(view, named.Mention, named.End);
        }
        if (named.Mention is not null)
        {
            // "a UN panel of experts concluded": the body named inside the phrase, in the phrase's words.
            var phrase = view.SpanOf(start, verb).Of(view.Document.Text);
            return new Holder(phrase, named.Mention.Type == EntityType.Person ? HolderKind.NamedPerson : HolderKind.Organization, named.Mention.EntityKey);
        }
        var text = view.SpanOf(start, verb).Of(view.Document.Text);
        var head = view.Lower(verb - 1);
        var kind = Names.Lexicon.CollectiveOrganizations.Contains(head) || Names.Lexicon.OrganizationDescriptors.Contains(head)
            ? HolderKind.Organization : HolderKind.Anonymous;
        return new Holder(text, kind);
    }

    private static int ClauseStart(SentenceView view, int from)
    {
        var i = from - 1;
        while (i > view.First && view.Word(i) is not (";" or ":") && view.Lower(i) != "that")
        {
            i--;
        }
        return i;
    }

    // A holder from a noun phrase starting at token i, up to the next comma.
    private static (Holder Holder, int End) NounPhraseHolder(SentenceView view, int start)
    {
        var end = start;
        while (end < view.End && end - start < 8 && !EndsNounPhrase(view, end, start))
        {
            end++;
        }
        // "according to testimony from David Headley", "a statement by the ministry": the giver holds what it says.
        if (view.Lower(end) is "from" or "by" or "of" && CueLexicon.Testimonies.Contains(view.Lower(end - 1))
            && NounPhraseHolder(view, end + 1) is { Holder.Kind: not HolderKind.Anonymous } giver)
        {
            return giver;
        }
        var mentions = view.Mentions().Where(m => m.Start >= start && m.End <= end).ToList();
        var head = view.Lower(end - 1);
        var named = mentions.LastOrDefault(m => m.Mention.Type is EntityType.Person or EntityType.Organization or EntityType.Document);
        if (named.Mention is not null && !CueLexicon.AnonymousHolders.Contains(head))
        {
            return (HolderOf(view, named.Mention, end), end);
        }
        // "accused by Quetta of …": a place that is the whole phrase speaks for its government.
        if (mentions is [{ Mention.Type: EntityType.Location } seat] && seat.Start == start + (view.Lower(start) == "the" ? 1 : 0) && seat.End == end)
        {
            return (SeatHolder(seat.Mention), end);
        }
        var text = view.SpanOf(start, Math.Max(start + 1, end)).Of(view.Document.Text);
        return (new Holder(text, HolderKind.Anonymous), end);
    }

    private static bool EndsNounPhrase(SentenceView view, int i, int start) =>
        view.Word(i) is "," or ";" or "." or ":" or "(" or "–" or "—"
        || i > start && (view.Lower(i) is "as" or "that" or "who" or "which" or "in" or "on" or "for" or "to" or "since" or "after" or "when" or "while" or "from" || view.Lower(i).EndsWith("ing", StringComparison.Ordinal)
            || view.Lower(i) == "of" && view.Lower(i + 1).EndsWith("ing", StringComparison.Ordinal));

    private static Holder HolderOf(SentenceView view, Mention mention, int end)
    {
        var kind = mention.Type switch
        {
            EntityType.Person => HolderKind.NamedPerson,
            EntityType.Document => HolderKind.Document,
            _ => HolderKind.Organization,
        };
        // "ISI officers" or "the dossier's authors": the named body speaks through anonymous members.
        if (CueLexicon.AnonymousHolders.Contains(view.Lower(end)))
        {
            return new Holder(mention.Text + " " + view.Word(end), HolderKind.Anonymous, mention.EntityKey);
        }
        var start = view.RangeOf(mention).Start;
        var text = view.Lower(start - 1) is "the" && mention.Type == EntityType.Document ? "the " + mention.Text : mention.Text;
        return new Holder(text, kind, mention.EntityKey);
    }

    // The noun phrase ending at token i: "Security analysts", "a senior Afghan official", "Media reports".
    private static string AnonymousText(SentenceView view, int end)
    {
        var start = end;
        while (start - 1 >= view.First && start > end - 4 && view.Word(start - 1) is { Length: > 0 } w
            && (char.IsLetter(w[0]) || w == "-") && !CueLexicon.AttributionVerbs.ContainsKey(w.ToLowerInvariant())
            && view.Lower(start - 1) is not ("that" or "and" or "of" or "as" or "by" or "with" or "despite" or "yet" or "while" or "to"))
        {
            start--;
        }
        return view.SpanOf(start, end + 1).Of(view.Document.Text);
    }

    private static (string Text, int Words)? Likelihood(SentenceView view, int i)
    {
        if (!LikelihoodStarts.Contains(view.Lower(i)))
        {
            return null;
        }
        foreach (var (phrase, words) in LikelihoodPhrases)
        {
            if (words.Length > 1 && Enumerable.Range(0, words.Length).All(k => view.Lower(i + k) == words[k]))
            {
                return (phrase, words.Length);
            }
        }
        return CueLexicon.Likelihoods.Contains(view.Lower(i)) ? (view.Lower(i), 1) : null;
    }
}
