namespace Nexus.Text.Claims;

/// <summary>
/// A denial of what the sentence before said, named only by a noun that points back: "Several Member States noted that
/// al-Qaida maintains close ties with the Taliban. The Taliban deny any such links." The denier denies each tie of the
/// sentence before that the noun covers (ties for "links", backing for "support", anything for "these allegations" or
/// "this"), as its own claim: denied, negative, held by the denier, its evidence both sentences. Without it the tie
/// would stand uncontested, the denial lost. Likewise a denial closing its own sentence ("…, a charge Doha rejects").
/// </summary>
internal static class AnaphoricDenial
{
    private static readonly FrozenSet<string> Pointers = FrozenSet.ToFrozenSet(
        ["such", "these", "those", "the", "this", "that", "any", "all", "its", "their"], StringComparer.Ordinal);

    // Nouns that name ties between actors, backing, or any statement at all.
    private static readonly FrozenSet<string> TieNouns = FrozenSet.ToFrozenSet(
        ["links", "link", "ties", "connections", "connection", "relations", "relationship", "contacts"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> BackingNouns = FrozenSet.ToFrozenSet(
        ["support", "backing", "sponsorship", "funding", "help", "assistance"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> StatementNouns = FrozenSet.ToFrozenSet(
        ["allegations", "allegation", "claims", "claim", "accusations", "accusation", "charges", "charge", "reports", "report", "assertions"],
        StringComparer.Ordinal);

    /// <summary>The denials in this sentence of the claims of <paramref name="previous"/>, the sentence before it.</summary>
    public static IEnumerable<Claim> Find(SentenceView view, IReadOnlyList<Cue> cues, Sentence previous, IReadOnlyList<Claim> claimsBefore)
    {
        foreach (var cue in cues.Where(c => c.Modality == Modality.Denied))
        {
            if (Covered(view, cue.End) is not { } covers)
            {
                continue;
            }
            foreach (var claim in claimsBefore.Where(c => Deniable(c, cue) && covers(c.Predicate)))
            {
                yield return Denied(view, claim, cue, new TextSpan(previous.Span.Start, view.Sentence.Span.End));
            }
        }
    }

    /// <summary>
    /// "Critics say Qatar has funded Hamas for years, a charge Doha rejects": the denial in an apposition closing the sentence
    /// denies what the sentence said before it, as the denier's claim.
    /// </summary>
    public static IEnumerable<Claim> InSentence(SentenceView view, IReadOnlyList<Cue> cues, IReadOnlyList<Claim> claims)
    {
        foreach (var cue in cues.Where(c => c.Modality == Modality.Denied))
        {
            if (view.MentionAt(cue.Start - 1) is not { } denier || view.RangeOf(denier).Start is var start
                && !(StatementNouns.Contains(view.Lower(start - 1)) && view.Lower(start - 2) is "a" or "an" && view.Word(start - 3) == ","))
            {
                continue;
            }
            var comma = view.SpanOf(start - 3, start - 2).Start;
            foreach (var claim in claims.Where(c => Deniable(c, cue) && c.Trigger is { } trigger && trigger.Start < comma))
            {
                yield return Denied(view, claim, cue, view.Sentence.Span);
            }
        }
    }

    // A tie someone else states: what a denial of it can deny.
    private static bool Deniable(Claim claim, Cue denial) =>
        claim.Object is not null && claim.Polarity == Polarity.Positive && claim.Modality != Modality.Denied && claim.Holder.Text != denial.Holder.Text;

    private static Claim Denied(SentenceView view, Claim claim, Cue cue, TextSpan evidence) => claim with
    {
        Id = "",
        Modality = Modality.Denied,
        Likelihood = null,
        Polarity = Polarity.Negative,
        Holder = cue.Holder,
        Cue = cue.Text,
        Evidence = evidence,
        Trigger = view.SpanOf(cue.Start, cue.End),
        Pattern = "denied-before",
    };

    // Which predicates the words after a denial point back to: "any such links" ties, "this" or "these allegations"
    // anything; null when they name something of their own ("denied links to al-Qaida", "denied involvement in …").
    private static Func<Predicate, bool>? Covered(SentenceView view, int after)
    {
        var k = after;
        var pointed = false;
        while (Pointers.Contains(view.Lower(k)))
        {
            pointed = true;
            k++;
        }
        var word = view.Lower(k);
        if (pointed && view.Lower(k + 1) is "." or "," or ";" or "" or "and" or "but")
        {
            if (TieNouns.Contains(word))
            {
                return p => p is not (Predicate.OperatesIn or Predicate.LocatedIn or Predicate.Controls or Predicate.NationalityOf or Predicate.DesignatedBy);
            }
            if (BackingNouns.Contains(word))
            {
                return p => p is Predicate.Sponsors or Predicate.Funded or Predicate.Supplied or Predicate.Trained;
            }
            if (StatementNouns.Contains(word))
            {
                return _ => true;
            }
        }
        return view.Lower(after) is "this" or "it" or "that" && view.Lower(after + 1) is "." or "," or ";" or "" ? _ => true : null;
    }
}
