using Nexus.Text.Names;

namespace Nexus.Text.Claims;

/// <summary>
/// One sentence seen through its tokens and mentions, with the look-ups claim patterns share:
/// the mention at a token, subjects to the left (skipping appositions, prepositional phrases and
/// possessive modifiers), objects to the right, and pronoun referents from earlier text.
/// </summary>
internal sealed class SentenceView
{
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
    [
        "of", "in", "to", "from", "by", "with", "for", "at", "near", "on", "into", "between", "under", "against",
        "toward", "towards", "about", "over", "across", "within", "inside", "through", "among", "during", "after",
        "before", "than", "via", "like", "including",
    ], StringComparer.Ordinal);

    // Words that open a sentence with a subordinate clause: "While Islamabad insists …, Indian officials …".
    private static readonly FrozenSet<string> OpeningSubordinators = FrozenSet.ToFrozenSet(
        ["while", "although", "though", "whereas", "as", "because", "since", "when", "if"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> IrregularPasts = FrozenSet.ToFrozenSet(
        ["overran", "fought", "met", "struck", "led", "held", "overrun", "slew"], StringComparer.Ordinal);

    private readonly DocumentMentions _mentions;

    // Each token's lower-cased text, made on first use: patterns ask for the same words many times.
    private readonly string?[] _lower;

    // Each token's trigger classes, made on first use: the learned reader asks for them once per pair of mentions around the token.
    private readonly string[]?[] _classes;

    private List<(Mention Mention, int Start, int End)>? _inOrder;

    public SentenceView(AnnotatedDocument document, Sentence sentence, DocumentMentions mentions)
    {
        Document = document;
        Sentence = sentence;
        _mentions = mentions;
        _lower = new string?[sentence.TokenCount];
        _classes = new string[]?[sentence.TokenCount];
    }

    public AnnotatedDocument Document { get; }

    public Sentence Sentence { get; }

    public int First => Sentence.FirstToken;

    public int End => Sentence.EndToken;

    public bool Contains(int i) => i >= First && i < End;

    public string Word(int i) => Contains(i) ? Document.Tokens[i].Text : "";

    public string Lower(int i) => Contains(i) ? _lower[i - First] ??= Document.Tokens[i].Text.ToLowerInvariant() : "";

    /// <summary>The trigger classes of token <paramref name="i"/>: the patterns' lexicons, and "role" for a role noun ("commander", "member").</summary>
    public IReadOnlyList<string> TriggerClasses(int i) =>
        Contains(i) ? _classes[i - First] ??= Lexicon.IsRole(Lower(i)) ? ["role", .. DependencyPatterns.ClassesOf(Lower(i))] : [.. DependencyPatterns.ClassesOf(Lower(i))] : [];

    public TextSpan SpanOf(int start, int end) =>
        new(Document.Tokens[start].Span.Start, Document.Tokens[end - 1].Span.End);

    public Mention? MentionAt(int i) => Contains(i) ? _mentions.At(i) : null;

    public (int Start, int End) RangeOf(Mention mention) => _mentions.RangeOf(mention);

    /// <summary>The sentence's mentions in order, found on first use: every reader walks them, some more than once.</summary>
    public IReadOnlyList<(Mention Mention, int Start, int End)> Mentions()
    {
        if (_inOrder is null)
        {
            _inOrder = [];
            for (var i = First; i < End; i++)
            {
                if (MentionAt(i) is { } mention)
                {
                    var (start, end) = RangeOf(mention);
                    _inOrder.Add((mention, start, end));
                    i = end - 1;
                }
            }
        }
        return _inOrder;
    }

    public static bool IsActor(Mention mention) =>
        mention.Type is EntityType.Person or EntityType.Organization
        || mention.Type == EntityType.Location && mention.Kind is EntityKind.Country;

    public static bool IsPerson(Mention mention) => mention.Type == EntityType.Person;

    public static bool IsGroup(Mention mention) => mention.Type == EntityType.Organization;

    public static bool IsPlace(Mention mention) => mention.Type == EntityType.Location;

    /// <summary>An organisation named by a plural ("Iraqi security forces", "the Houthis"), which "they" may stand for.</summary>
    public static bool IsPluralBody(Mention mention) =>
        mention.Type == EntityType.Organization && mention.Text.Split(' ')[^1] is { Length: > 3 } last && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal)
        && !last.All(char.IsUpper);

    public bool IsPreposition(int i) => Prepositions.Contains(Lower(i));

    /// <summary>
    /// Whether the tagger read token <paramref name="i"/> as something other than a verb ("attacks" as a noun);
    /// false when untagged, and for an irregular past form, which can be nothing else ("groups overran ISKP's base"
    /// read as an adjective or adverb is the tagger's mistake).
    /// </summary>
    public bool IsTaggedNonVerb(int i) =>
        Contains(i) && Document.Tokens[i].Tag is { } tag && tag is not ("VERB" or "AUX") && !IrregularPasts.Contains(Lower(i));

    /// <summary>Whether the tagger read the word at <paramref name="i"/> as a verb or auxiliary.</summary>
    public bool IsTaggedVerb(int i) => Contains(i) && Document.Tokens[i].Tag is "VERB" or "AUX";

    /// <summary>
    /// The be-auxiliary of a participle at <paramref name="participle"/>, adverbs between allowed ("is said", "was reportedly
    /// killed", "is currently led", "has long been assessed"), or null when none stands there.
    /// </summary>
    public int? AuxiliaryBefore(int participle)
    {
        var i = participle - 1;
        while (Lower(i).EndsWith("ly", StringComparison.Ordinal)
            || Lower(i) is "also" or "long" or "often" or "still" or "now" or "later" or "then" or "already" or "once" or "soon")
        {
            i--;
        }
        return Lower(i) is "is" or "are" or "was" or "were" or "been" or "be" or "being" ? i : null;
    }

    /// <summary>A mention used as a modifier: "ISKP's coordinator", "United Nations-designated", "ISKP facilities".</summary>
    public bool IsModifierAt(int end) =>
        Word(end) is "'s" or "’s" || Word(end) is "-" && Document.Tokens[end].Span.Start == Document.Tokens[end - 1].Span.End;

    /// <summary>
    /// The subject of the clause whose predicate word is at <paramref name="trigger"/>: the nearest
    /// accepted mention to the left that is not inside a prepositional phrase or a possessive; an
    /// apposition between commas right before the predicate is stepped over; "he"/"it" are resolved.
    /// </summary>
    public Mention? SubjectBefore(int trigger, Func<Mention, bool> accept)
    {
        var nearest = trigger - 1;
        while (Contains(nearest) && Lower(nearest) is "has" or "have" or "had" or "long" or "also" or "later" or "then" or "once" or "reportedly" or "allegedly")
        {
            nearest--;
        }
        if (Lower(nearest) is "who" or "which" && RelativeAntecedent(nearest) is { } antecedent)
        {
            return accept(antecedent) ? antecedent : null;
        }
        // "Coalition efforts to support X", "the UK's commitment to supporting X": the noun's owner does it, not the clause's
        // subject ("The Foreign Secretary underlined the UK's commitment to …").
        if (Lower(nearest) == "to" && OwnerOfNoun(nearest - 1) is { } owner)
        {
            return accept(owner) ? owner : null;
        }
        var passedNoun = false;
        // "used trucks to attack X" shares the subject; "the need to arm X", "a call to arm X" names none.
        var sharesSubject = Lower(nearest) is "and" or ","
            || Lower(nearest) == "to" && !(Contains(nearest - 1) && Document.Tokens[nearest - 1].Tag == "NOUN" && Intention.TakesInfinitive(Lower(nearest - 1)));
        for (var i = trigger - 1; i >= First; i--)
        {
            var word = Lower(i);
            // "Cook said the campaign against ISIL …": the speaker is not the subject of what he reports.
            // "Boko Haram split in 2016, when a faction loyal to X joined IS": a subordinate clause's subject follows its opener.
            if (word is ";" or ":" or "said" or "says" or "stated" or "added" or "noted" or "announced" or "told"
                or "when" or "whenever" or "while" or "whereas" or "although" or "though" or "because")
            {
                return null;
            }
            if (word == "," && AppositionHeadBefore(i) is { } head && accept(head))
            {
                return head;
            }
            // "Because of his ties to X, his death will weaken Y": an opening adverbial holds no subject.
            if (word == "," && ClosesOpener(i))
            {
                return null;
            }
            // "… and affirms the need to strengthen those on the ground fighting ISIL": a verb with a noun phrase after
            // it has its own object, so the walk has left the verb trigger's clause ("vowed to destroy" has none
            // between; "which will fly missions as part of X" is a phrase of that verb, its subject still further left;
            // "conducted five strikes and destroyed X" and "used car bombs to attack X" share the first verb's subject).
            if (passedNoun && IsClauseVerb(i) && Document.Tokens[trigger].Tag == "VERB" && !sharesSubject && !IsRelativeVerb(i))
            {
                return null;
            }
            passedNoun |= Document.Tokens[i].Tag is "NOUN" or "PROPN" or "PRON";
            // "which were instrumental in training X", "which targeted and killed X": the relative clause is about
            // what "which" refers to.
            if (word is "which" or "who")
            {
                return RelativeAntecedent(i) is { } referred && accept(referred) ? referred : null;
            }
            if (word is "he" or "she" or "it" or "they" && (i == First || !IsPreposition(i - 1)))
            {
                return Referent(i) is { } referent && accept(referent) ? referent : null;
            }
            if (MentionAt(i) is { } mention)
            {
                var (start, end) = RangeOf(mention);
                // "Carter thanked Abadi for …, and noted": a verb coordinated with an earlier one shares its subject, so
                // that verb's object is stepped over.
                if (accept(mention) && !IsPreposition(start - 1) && !IsModifierAt(end) && Word(start - 1) != "-"
                    && !(sharesSubject && Lower(nearest) != "to" && IsObjectOfVerb(start)))
                {
                    return mention;
                }
                i = start;
            }
        }
        return null;
    }

    /// <summary>The actor a common noun belongs to: "the UK's commitment", "Coalition efforts".</summary>
    public Mention? OwnerOfNoun(int noun)
    {
        if (!Contains(noun) || Document.Tokens[noun].Tag != "NOUN" || MentionAt(noun) is not null)
        {
            return null;
        }
        var owner = Word(noun - 1) is "'s" or "’s" ? MentionAt(noun - 2) : MentionAt(noun - 1);
        return owner is not null && IsActor(owner) ? owner : null;
    }

    /// <summary>
    /// Whether the mention is one of alternatives: "A, B or C" and "either A or B" name no one of them for certain.
    /// Another name of the same entity ("ISKP, or IS-K,") is no alternative.
    /// </summary>
    public bool IsAlternative(Mention mention)
    {
        var (start, end) = RangeOf(mention);
        return AlternativeAlong(mention, start - 1, -1) || AlternativeAlong(mention, end, 1);
    }

    // Walks from token k away from the mention over its list (commas, "and", articles, the mentions they join) to an
    // "or"; what stands on the far side of it must not be the mention's own entity.
    private bool AlternativeAlong(Mention mention, int k, int step)
    {
        while (Contains(k))
        {
            switch (Lower(k))
            {
                case "or":
                    var far = k + step;
                    while (Lower(far) is "the" or "a" or "an" or "its" or "their")
                    {
                        far += step;
                    }
                    return MentionAt(far) is not { } other || other.EntityKey != mention.EntityKey;
                case "," or "and" or "the":
                    k += step;
                    break;
                default:
                    if (MentionAt(k) is not { } joined)
                    {
                        return false;
                    }
                    var range = RangeOf(joined);
                    k = step < 0 ? range.Start - 1 : range.End;
                    break;
            }
        }
        return false;
    }

    /// <summary>
    /// <see cref="SubjectBefore"/>, kept only when the mention opens its clause (after the sentence
    /// start, a comma, "and", "that" or a determiner), so that an object ("to defeat Daesh we …") is
    /// not taken for a subject.
    /// </summary>
    public Mention? ClauseSubjectBefore(int trigger, Func<Mention, bool> accept)
    {
        if (SubjectBefore(trigger, accept) is not { } subject)
        {
            return null;
        }
        var before = RangeOf(subject).Start - 1;
        while (Lower(before) is "the" or "a" or "an" or "all" or "both")
        {
            before--;
        }
        return !Contains(before) || Word(before) is "," or "(" or "\"" or "“" or ":" || Lower(before) is "and" or "that" or "who" or "which" or "while"
            ? subject : null;
    }

    // "Hafiz Saeed Khan, a Pakistan-born militant who …": the noun phrase "who" refers to, stepping
    // back over an apposition to its head.
    private Mention? RelativeAntecedent(int relative)
    {
        for (var i = relative - 1; i >= First; i--)
        {
            if (Word(i) == "," && MentionAt(i - 1) is { } head && IsActor(head))
            {
                return head;
            }
            if (MentionAt(i) is { } mention && IsActor(mention) && !IsModifierAt(RangeOf(mention).End))
            {
                return mention;
            }
            // "condemns ISIL's attacks in Hasaka, which killed …": "which" is the attacks, not a name further left;
            // "X has five sites, which trained …" is said of X's sites, so of X.
            if (Word(i) is ";" or ":" or "that" or "'s" or "’s" || IsClauseVerb(i) && Lower(i) is not ("has" or "have" or "had"))
            {
                return null;
            }
        }
        return null;
    }

    // A verb that heads a clause of its own, told by the object it takes ("condemns ISIL's attacks", "affirms the need");
    // a participle that modifies a noun ("a Pakistan-born militant", "five building partner capacity sites") is none.
    private bool IsClauseVerb(int i) =>
        Document.Tokens[i].Tag == "VERB" && !Lower(i).EndsWith("ing", StringComparison.Ordinal)
        && (MentionAt(i + 1) is not null || Lower(i + 1) is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "those" or "these" or "this");

    // Whether the name starting at token start is the object of the verb right before it ("thanked Abadi", "struck the Syrian").
    private bool IsObjectOfVerb(int start)
    {
        var k = start - 1;
        while (Lower(k) is "the" or "a" or "an" or "his" or "her" or "its" or "their")
        {
            k--;
        }
        return Contains(k) && IsClauseVerb(k);
    }

    // "Nations that have conducted strikes in Syria include …": the verb of a relative clause about the subject.
    private bool IsRelativeVerb(int verb)
    {
        var k = verb - 1;
        while (Lower(k) is "have" or "has" or "had" or "been" or "was" or "were" or "is" or "are" or "will" or "also")
        {
            k--;
        }
        return Lower(k) is "that" or "which" or "who";
    }

    // Whether the comma at i closes an adverbial that opens the sentence ("Because of …,", "In Syria,", "After
    // the raid,"): the sentence starts with a preposition or a subordinator and no comma came before this one.
    private bool ClosesOpener(int comma) =>
        (IsPreposition(First) || OpeningSubordinators.Contains(Lower(First)) || Lower(First) is "after" or "before" or "despite" or "following")
        && Enumerable.Range(First, comma - First).All(k => Word(k) != ",");

    // "X, a senior operative of Y, …" seen from the closing comma: returns X.
    private Mention? AppositionHeadBefore(int closingComma)
    {
        for (var i = closingComma - 1; i > First; i--)
        {
            if (Word(i) is ";" or ":" or "that")
            {
                return null;
            }
            if (Word(i) == "," && MentionAt(i - 1) is { } head && IsActor(head))
            {
                var (start, _) = RangeOf(head);
                return IsPreposition(start - 1) ? null : head;
            }
        }
        return null;
    }

    /// <summary>
    /// The nearest accepted mention after <paramref name="from"/>, within the clause and within
    /// <paramref name="reach"/> words (a multi-word name counts as one).
    /// </summary>
    public Mention? ObjectAfter(int from, Func<Mention, bool> accept, int reach = 12)
    {
        for (var (i, steps) = (from, 0); i < End && steps < reach; i++, steps++)
        {
            var word = Lower(i);
            // "to counter what Islamabad views as …": what follows "what" is the subject of another clause, not the object.
            if (word is ";" or "that" or "who" or "which" or "what" or "while" or "whereas" or "." or "–" or "—")
            {
                return null;
            }
            // "If X attacked the convoy, India will …": a comma after an unnamed object closes the verb's phrase; ", but"
            // opens another clause.
            if (word == "," && (i > from && MentionAt(i - 1) is null && Document.Tokens[i - 1].Tag is "NOUN" or null && char.IsLower(Word(i - 1)[0])
                || Lower(i + 1) is "but" or "although" or "though" or "yet"))
            {
                return null;
            }
            if (word is "him" or "it" or "them" && Referent(i) is { } referent && accept(referent))
            {
                return referent;
            }
            if (word is "the" && Lower(i + 1) is "group" or "organization" or "organisation" or "outfit" && Referent(i + 1) is { } group && accept(group))
            {
                return group;
            }
            if (MentionAt(i) is { } mention)
            {
                if (accept(mention) && !ModifiesNext(mention))
                {
                    return mention;
                }
                i = RangeOf(mention).End - 1;
            }
        }
        return null;
    }

    /// <summary>
    /// A mention that only modifies what follows it: "Pakistan-based", "Pakistan's Inter-Services
    /// Intelligence", "ISKP leader Aslam Farooqi".
    /// </summary>
    public bool ModifiesNext(Mention mention)
    {
        var end = RangeOf(mention).End;
        if (Word(end) is "-" && Document.Tokens[end].Span.Start == Document.Tokens[end - 1].Span.End && Contains(end + 1) && char.IsLower(Word(end + 1)[0]))
        {
            return true;
        }
        if (Word(end) is "'s" or "’s" && MentionAt(end + 1) is { } owned && owned.Type is EntityType.Person or EntityType.Organization)
        {
            return true;
        }
        return mention.Type == EntityType.Organization && Names.Lexicon.IsRole(Lower(end)) && MentionAt(end + 1) is { Type: EntityType.Person };
    }

    /// <summary>Every accepted mention in a coordinated list starting at <paramref name="from"/> ("Mastung and Khuzdar").</summary>
    public List<Mention> ListAfter(int from, Func<Mention, bool> accept, int reach = 14)
    {
        var found = new List<Mention>();
        for (var i = from; i < Math.Min(End, from + reach); i++)
        {
            var word = Lower(i);
            if (word is ";" or "that" or "who" or "which" or "–" or "—" or "." || word == "," && found.Count > 0 && Lower(i + 1) is not ("and" or "or"))
            {
                break;
            }
            if (MentionAt(i) is { } mention)
            {
                if (accept(mention) && !ModifiesNext(mention))
                {
                    found.Add(mention);
                }
                i = RangeOf(mention).End - 1;
            }
        }
        return found;
    }

    /// <summary>What a pronoun or "the group" at token <paramref name="i"/> refers to, from the text before it.</summary>
    public Mention? Referent(int i)
    {
        Func<Mention, bool> accept = Lower(i) switch
        {
            "he" or "him" or "his" or "she" or "her" => IsPerson,
            "it" or "its" => m => m.Type is EntityType.Organization or EntityType.Document,
            "group" or "organization" or "organisation" or "outfit" or "movement" => m => m.Type == EntityType.Organization && m.Kind is EntityKind.ArmedGroup,
            "they" or "them" or "their" => IsPluralBody,
            _ => _ => false,
        };
        // "Pakistan rejected the accusation that it funds the Taliban", "The UK remains steadfast in its support of …",
        // "While Islamabad insists it has cut ties …": a country that opens the sentence, with no body named between, is
        // what "it" stands for there, not the body named last before the sentence.
        if (Lower(i) is "it" or "its" && MentionAt(ClauseOpening()) is { Type: EntityType.Location, Kind: EntityKind.Country } country
            && _mentions.LastBefore(Document.Tokens[i].Span.Start, m => accept(m) || m == country, Sentence.Span.Start) == country)
        {
            return country;
        }
        // "Iraqi forces … their campaign": a plural is resolved inside its sentence only, where bodies are few.
        var window = Lower(i) is "they" or "them" or "their" ? Sentence.Span.Start : Sentence.Span.Start - 1200;
        return _mentions.LastBefore(Document.Tokens[i].Span.Start, accept, window);
    }

    // The first word of the sentence's first noun phrase, past "The" or a subordinator: "While Islamabad insists …".
    private int ClauseOpening()
    {
        var i = OpeningSubordinators.Contains(Lower(First)) ? First + 1 : First;
        return Lower(i) == "the" ? i + 1 : i;
    }

    /// <summary>
    /// The last person named before token <paramref name="i"/> one of whose name words is the word at it, for a bare
    /// surname no stage marked ("said Burns." → "Commodore Andrew Burns").
    /// </summary>
    public Mention? PersonNamed(int i) =>
        _mentions.LastBefore(Document.Tokens[i].Span.Start, m => IsPerson(m) && m.Text.Split(' ').Contains(Word(i), StringComparer.Ordinal), 0);

    /// <summary>A coordinated subject before <paramref name="subject"/>: "A and his deputy, B" gives A.</summary>
    public Mention? CoordinatedWith(Mention subject)
    {
        var i = NameStart(RangeOf(subject).Start) - 1;
        while (Contains(i) && Lower(i) is "," or "his" or "her" or "its" or "their" or "the" or "a" or "an"
            || Contains(i) && Names.Lexicon.IsRole(Lower(i)))
        {
            i--;
        }
        if (Lower(i) != "and")
        {
            return null;
        }
        var before = Word(i - 1) == ")" && Word(i - 3) == "(" ? i - 4 : i - 1;
        return MentionAt(before) is { } other && other.Type == subject.Type && other.EntityKey != subject.EntityKey ? other : null;
    }

    // A name written "Long Form (ACR)": from the acronym inside the brackets back to the long form.
    private int NameStart(int start) =>
        Word(start - 1) == "(" && MentionAt(start - 2) is { } longForm ? RangeOf(longForm).Start : start;
}
