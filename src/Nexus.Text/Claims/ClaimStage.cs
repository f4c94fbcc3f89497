using Nexus.Text.Claims.Calibration;
using Nexus.Text.Claims.Learned;
using Nexus.Text.Mentions;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Claims;

/// <summary>
/// Turns relations read from each sentence into claims that keep who says so and how surely.
/// <para>
/// Attribution rule: a claim takes, among the cues of its sentence whose scope covers its trigger
/// word (see <see cref="AttributionFinder"/>), the nearest one — so "Widely accused of …, Mengal
/// reportedly emerged as a facilitator for ISKP" is reported, not alleged; with no such cue it is the
/// author's assertion. A sentence-initial "According to X,"
/// also governs the following sentences of the same paragraph that have no cue of their own and
/// continue its report with a subject pronoun ("it", "this", "they") in their first words; the first
/// sentence that does not ends the report. A quotation works the same way: "Votel said, "… . … ."" and
/// "Townsend provided the following statement: "… ."" make the speaker hold every sentence of the
/// quotation that has no cue of its own, up to its closing mark. Press statements often quote without marks:
/// "Foreign Office Minister Tobias Ellwood said:" closing its paragraph, then paragraphs with no quotation mark; the
/// speaker holds every sentence after it that has no cue of its own, to the end of the text or the next such
/// introduction (the author's later words, if any, become the speaker's report, never a fact).
/// </para>
/// <para>
/// Confidence is the calibrated probability that the relation is right (<see cref="CalibrationTable"/>).
/// Polarity is negative when a negation ("not", "never", "no longer") stands within four words
/// before the trigger or the governing cue is a denial; a place claim beside a negated event ("did not attack X in
/// Y") is not made, since the text neither says nor denies that X is in Y. Time is the time expression nearest to the
/// trigger within twelve words, or one that opens the sentence ("By June 2025, …"); place is a
/// location the pattern found or one introduced by "in", "near" or "at" after the arguments.
/// </para>
/// </summary>
public sealed class ClaimStage : IPipelineStage
{
    // Tokens between a trigger and a time expression that still belong to one clause, in practice.
    private const int MaxTimeDistance = 12;

    // Words of being, besides the presence verbs the patterns read: a negation before them denies that an actor is somewhere.
    private static readonly FrozenSet<string> BeingWords = FrozenSet.ToFrozenSet(
    [
        "presence", "located", "exist", "exists", "live", "lives", "remain", "remains", "be", "been", "is", "are", "was",
        "were", "longer", "do", "does", "did", "has", "have", "had",
    ], StringComparer.Ordinal);

    private readonly CalibrationTable? _calibration;
    private readonly RelationModel? _relations;

    /// <param name="calibration">
    /// Turns each claim's features into the probability that its relation is right; null keeps the
    /// patterns' hand-set priors (what the calibration is trained from).
    /// </param>
    /// <param name="relations">The learned relation reader, which adds what the patterns miss; null reads with the patterns only.</param>
    public ClaimStage(CalibrationTable? calibration, RelationModel? relations)
    {
        _calibration = calibration;
        _relations = relations;
    }

    public string Name => "claims";

    public IReadOnlyCollection<Layer> Requires => [Layer.Tokens, Layer.Sentences, Layer.Mentions, Layer.Entities, Layer.TimeExpressions];

    public IReadOnlyCollection<Layer> Produces => [Layer.Claims];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var mentions = new DocumentMentions(document);
        var index = new TokenIndex(document.Tokens);
        var author = Holder.Author(document.Document.Metadata.Authors.FirstOrDefault());
        var claims = ImmutableArray.CreateBuilder<Claim>();
        Cue? report = null;
        Cue? quotation = null;
        // The last alliance read, which "this collaboration" in a later sentence refers to.
        (Mention, Mention)? alliance = null;
        var quoteOpen = false;
        // Inside a quotation without marks, opened by an introduction ending in a colon and a new paragraph.
        var unmarked = false;
        Sentence? previous = null;
        IReadOnlyList<Claim> claimsBefore = [];
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var view = new SentenceView(document, sentence, mentions);
            var cues = AttributionFinder.Find(view, author);
            report = ContinuingReport(view, report, previous, cues);
            // Inside a quotation its speaker holds every sentence that has no cue of its own.
            var opensQuoted = quotation is not null && view.Word(view.First) is "\"" or "“";
            unmarked = quotation is { Text: AttributionFinder.Speech } && !quoteOpen && !opensQuoted && (unmarked || StartsParagraph(view, previous));
            if ((quoteOpen || opensQuoted || unmarked) && quotation is not null && cues.Count == 0)
            {
                report = quotation with { OpensReport = false, Scope = (view.First, view.End) };
            }
            quoteOpen = QuoteOpenAfter(view, quoteOpen);
            quotation = quoteOpen
                ? cues.LastOrDefault(c => c.Holder.Kind != HolderKind.Author && c.Modality == Modality.Reported) ?? quotation
                : AttributionFinder.StatementIntro(view, cues) ?? (unmarked ? quotation : null);
            var before = previous;
            previous = sentence;
            var kept = new Dictionary<(string, Predicate, string?), Claim>();
            var tree = new ParseTree(view);
            var candidates = RelationPatterns.Read(view, tree, alliance);
            alliance = RelationPatterns.LastAlliance(candidates) ?? alliance;
            if (_relations is not null)
            {
                candidates.AddRange(LearnedRelations.Read(view, tree, _relations, candidates).ToList());
            }
            foreach (var candidate in candidates)
            {
                if (Intention.Reframe(view, candidate) is not { } real || ToClaim(view, index, real, cues, report, author) is not { } claim)
                {
                    continue;
                }
                if (_calibration is not null)
                {
                    claim = claim with { Confidence = _calibration.Calibrate(ClaimFeatures.Of(claim, document, index)) };
                }
                var key = (claim.Subject, claim.Predicate, claim.Object);
                if (!kept.TryGetValue(key, out var existing) || existing.Confidence < claim.Confidence)
                {
                    kept[key] = claim;
                }
            }
            var read = kept.Values.OrderBy(c => c.Trigger?.Start).ToList();
            // "The Taliban deny any such links.": a denial of what the sentence before said, named only by a pointing noun.
            var denials = (before is null ? [] : AnaphoricDenial.Find(view, cues, before, claimsBefore))
                .Concat(AnaphoricDenial.InSentence(view, cues, read))
                .Where(d => !kept.TryGetValue((d.Subject, d.Predicate, d.Object), out var same) || same.Holder.Text != d.Holder.Text)
                .ToList();
            claims.AddRange(read);
            claims.AddRange(denials);
            claimsBefore = read;
        }
        var numbered = claims.Select((c, n) => c with { Id = "c" + (n + 1) });
        return document with { Claims = [.. numbered] };
    }

    // Whether a quotation is still open after this sentence: straight quotes toggle, curly ones say which way.
    private static bool QuoteOpenAfter(SentenceView view, bool open)
    {
        for (var k = view.First; k < view.End; k++)
        {
            open = view.Word(k) switch
            {
                "\"" => !open,
                "“" => true,
                "”" => false,
                _ => open,
            };
        }
        return open;
    }

    // Whether a line break stands between the previous sentence and this one.
    private static bool StartsParagraph(SentenceView view, Sentence? previous) =>
        previous is not null && view.Document.Text.AsSpan(previous.Span.End, view.Sentence.Span.Start - previous.Span.End).Contains('\n');

    // The "According to X," report still open for this sentence, or null.
    private static Cue? ContinuingReport(SentenceView view, Cue? report, Sentence? previous, List<Cue> cues)
    {
        var opening = cues.FirstOrDefault(c => c.OpensReport);
        if (opening is not null)
        {
            return opening;
        }
        if (report is null || previous is null || cues.Count > 0)
        {
            return null;
        }
        var sameParagraph = !StartsParagraph(view, previous);
        var continues = Enumerable.Range(view.First, Math.Min(6, view.Sentence.TokenCount))
            .Any(k => view.Lower(k) is "it" or "this" or "they" or "these");
        return sameParagraph && continues ? report with { OpensReport = false, Scope = (view.First, view.End) } : null;
    }

    private static Claim? ToClaim(SentenceView view, TokenIndex index, RelationCandidate candidate, List<Cue> cues, Cue? report, Holder author)
    {
        if (candidate.Subject.EntityKey is not { } subject || candidate.Object is { EntityKey: null } || candidate.Object?.EntityKey == subject
            || !candidate.FitsOntology)
        {
            return null;
        }
        var governing = cues.Where(c => c.Governs(candidate.Trigger.Start)).OrderBy(c => Distance(c, candidate.Trigger)).ToList();
        var cue = governing.FirstOrDefault() ?? report;
        // A hedge inside an attributed statement keeps the attribution's holder: "X has almost certainly
        // received Y, a UN panel concluded" is the panel's speculative judgement, not the author's.
        var attributed = governing.FirstOrDefault(c => c.Holder.Kind != HolderKind.Author && c.Holder.Text != "unnamed sources") ?? report;
        var holder = cue is { Holder.Kind: HolderKind.Author } && attributed is not null ? attributed.Holder : cue?.Holder ?? author;
        var likelihood = governing.Select(c => c.Likelihood).FirstOrDefault(l => l is not null);
        // A negation of a verb of saying before the trigger ("never acknowledged supporting X") is its cue's, not the relation's.
        var negation = Enumerable.Range(candidate.Trigger.Start - 4, 4)
            .LastOrDefault(k => (CueLexicon.Negations.Contains(view.Lower(k)) || view.Lower(k) == "longer" && view.Lower(k - 1) == "no")
                && !cues.Any(c => c.Start == k && c.Modality == Modality.Speculative), -1);
        var negated = negation >= 0 || candidate.Negated || Severed(view, candidate.Trigger.Start);
        // "ISKP did not attack the Taliban in Herat" denies the attack, not that the Taliban are in Herat: a place
        // read beside a negated event is unknown, so no claim; "ISIL is no longer present in Mosul" denies presence.
        if (negated && candidate.Predicate is Predicate.OperatesIn or Predicate.LocatedIn && !NegatesPresence(view, negation, candidate.Trigger.Start))
        {
            return null;
        }
        var trigger = view.SpanOf(candidate.Trigger.Start, candidate.Trigger.End);
        // "Pakistan, Iran or Afghanistan fought ISKP" says one of them did: for each, only a possibility — the
        // author's, or that of whoever reports it ("officials said Pakistan or Iran …").
        var alternative = view.IsAlternative(candidate.Subject) || candidate.Object is { } obj && view.IsAlternative(obj);
        var modality = cue?.Modality ?? Modality.Asserted;
        // "If confirmed, the report would show that Iran armed the Houthis": a condition or hedge over the whole statement
        // leaves what it reports only possible, however near the verb of saying stands.
        var hedged = governing.Any(c => c.Modality == Modality.Speculative && c.Holder.Kind == HolderKind.Author);
        if ((alternative || hedged) && modality is Modality.Asserted or Modality.Reported)
        {
            modality = Modality.Speculative;
        }
        return new Claim
        {
            Id = "",
            Subject = subject,
            Predicate = candidate.Predicate,
            Object = candidate.Object?.EntityKey,
            Role = candidate.Role,
            Item = candidate.Item,
            Kinds = candidate.Kinds,
            Count = candidate.Count,
            // Where a place lies is geography, not news of the sentence's date; nor is a description ("the Iran-backed Houthis").
            Time = candidate.Pattern is RelationPatterns.PlaceGloss or RelationPatterns.PlaceWithin or RelationPatterns.CompoundTiePattern ? null : candidate.Predicate switch
            {
                Predicate.NationalityOf => null,
                Predicate.Died => AsEventTime(NearestTime(view, index, Anchors(view, candidate), AppositionAround(view, candidate))),
                _ => NearestTime(view, index, Anchors(view, candidate), AppositionAround(view, candidate)),
            },
            Place = candidate.Place?.EntityKey,
            Modality = modality,
            Likelihood = likelihood,
            Polarity = negated || cue?.Modality == Modality.Denied ? Polarity.Negative : Polarity.Positive,
            Holder = holder,
            Cue = cue?.Text,
            Evidence = view.Sentence.Span,
            Trigger = trigger,
            Confidence = Math.Round(candidate.Confidence * (cue is null ? 1.0 : 0.95), 2),
            Pattern = candidate.Pattern,
        };
    }

    // "Islamabad insists it has cut ties with LeT", "ended its support for": a tie someone ended is one they say is no more.
    private static bool Severed(SentenceView view, int trigger)
    {
        var verb = view.Lower(trigger - 1) is "its" or "their" or "his" or "her" or "all" or "any" ? trigger - 2 : trigger - 1;
        return !view.IsTaggedVerb(trigger) && CueLexicon.Severances.Contains(view.Lower(verb));
    }

    // Whether what the negation denies is presence: only words of being or presence and a place preposition stand
    // between it and the place ("not present in", "does not operate in Y"), not an event verb ("did not attack X in").
    private static bool NegatesPresence(SentenceView view, int negation, int trigger)
    {
        var between = Enumerable.Range(negation + 1, trigger - negation).Where(k => view.MentionAt(k) is not { Type: EntityType.Location }).ToList();
        return between.Count > 0 && between.All(k => RelationPatterns.PresenceVerbs.Contains(view.Lower(k)) || BeingWords.Contains(view.Lower(k)) || view.Lower(k) is "in" or "at" or "near" or "inside" or "within");
    }

    private static int Distance(Cue cue, (int Start, int End) trigger) =>
        cue.End <= trigger.Start ? trigger.Start - cue.End
        : cue.Start >= trigger.End ? cue.Start - trigger.End + 1
        : 0;

    // "Hafiz Saeed, the founder of LeT, was sentenced in 2020", "Hezbollah, Iran's proxy, sent fighters in 2013", "the
    // Houthis, who are backed by Iran, fired missiles last week": an apposition or relative clause describes the argument
    // named before it, and the date of the clause around it is not the date of what it says. The tokens holding the
    // trigger between the comma (or dash, or bracket) after that argument and the next; null when the trigger is not in one
    // (", Saifullah Kasuri, had convened a meeting": the words after an apposition are the sentence's own).
    private static (int Open, int Close)? AppositionAround(SentenceView view, RelationCandidate candidate)
    {
        var open = candidate.Trigger.Start - 1;
        while (open >= view.First && view.Word(open) is not ("," or "–" or "—" or "(" or ";"))
        {
            open--;
        }
        if (open <= view.First || view.Word(open) == ";" || view.MentionAt(open - 1) is not { } head
            || head != candidate.Subject && head != candidate.Object || !OpensDescription(view, open + 1))
        {
            return null;
        }
        var close = candidate.Trigger.End;
        while (close < view.End && view.Word(close) is not ("," or "–" or "—" or ")" or ";"))
        {
            close++;
        }
        return (open, close);
    }

    // A noun phrase ("the founder of", "a senior operative", "Iran's main proxy", "LeT chief"), a relative clause or a
    // participle with its agent ("backed by Iran", "long funded by Qatar").
    private static bool OpensDescription(SentenceView view, int start) =>
        view.Lower(start) is "a" or "an" or "the" or "its" or "his" or "her" or "their" or "who" or "which" or "whose"
        || view.Lower(start + 1) == "by" || view.Lower(start + 2) == "by"
        || Names.Lexicon.IsRole(view.Lower(start))
        || view.MentionAt(start) is { } named && view.Word(view.RangeOf(named).End) is "'s" or "’s";

    // "until his death in July 2016" bounds a role from above, but dates the death itself to July 2016.
    private static TimeExpression? AsEventTime(TimeExpression? time) =>
        time is { Qualifier: TimeQualifier.Before, End: { } end } && time.Granularity is TimeGranularity.Day or TimeGranularity.Month or TimeGranularity.Year
            ? time with
            {
                Qualifier = TimeQualifier.Within,
                Start = time.Granularity switch
                {
                    TimeGranularity.Day => end,
                    TimeGranularity.Month => new DateOnly(end.Year, end.Month, 1),
                    _ => new DateOnly(end.Year, 1, 1),
                },
            }
            : time;

    // The tokens a claim is anchored at: its trigger and the last tokens of its arguments, so that in
    // "the arrest of X, …, by Y near Z in late December 2025" the date is near the agent if not the noun.
    private static int[] Anchors(SentenceView view, RelationCandidate candidate) =>
        [candidate.Trigger.Start, .. new[] { candidate.Subject, candidate.Object, candidate.Place }
            .Where(m => m is not null)
            .Select(m => view.RangeOf(m!).End - 1)];

    // The time of the clause: a time expression close to one of the claim's anchors, or one that opens
    // the sentence ("In April 2024, …", "By June 2025, …"); never a year inside a name ("the 2008 Mumbai attacks").
    // A claim read inside an apposition takes a time from the apposition only.
    private static TimeExpression? NearestTime(SentenceView view, TokenIndex index, int[] anchors, (int Open, int Close)? apposition) =>
        view.Document.Times
            .Where(t => view.Sentence.Span.Contains(t.Span))
            .Select(t => (Time: t, Token: index.FirstAtOrAfter(t.Span.Start)))
            .Where(t => apposition is not { } inside || t.Token > inside.Open && t.Token < inside.Close)
            .Where(t => view.MentionAt(t.Token) is null or { Type: EntityType.Temporal })
            .Select(t => (t.Time, t.Token, Distance: anchors.Min(a => Math.Abs(t.Token - a))))
            .Where(t => t.Distance <= MaxTimeDistance || t.Token - view.First <= 2)
            .OrderBy(t => t.Distance)
            .Select(t => t.Time)
            .FirstOrDefault();
}
