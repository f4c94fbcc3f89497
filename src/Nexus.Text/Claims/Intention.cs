using Nexus.Text.Claims.Learned;

namespace Nexus.Text.Claims;

/// <summary>
/// Plans, attempts, wishes and calls are not events that happened: "plotting attacks on X", "seeking to join X",
/// "plans to attack X", "called for Y to arm X", "the need to arm X". An event read under such a frame does not
/// come out: an intended attack or killing still shows hostility, so it becomes <c>hostile_to</c>; any other event
/// (joined, supplied, funded, trained, met …) is dropped. A foretold attack ("X will attack Y") is hostility too.
/// States (hostile_to, operates_in …) are not touched.
/// </summary>
internal static class Intention
{
    // Verbs and nouns that take an infinitive of what is only wanted: "plans to attack", "the need to arm". Not
    // "efforts": "Coalition efforts to support Iraqi forces" is support given.
    private static readonly FrozenSet<string> InfinitiveFrames = FrozenSet.ToFrozenSet(
    [
        "plan", "plans", "planned", "planning", "plot", "plots", "plotted", "plotting", "seek", "seeks", "seeking",
        "sought", "attempt", "attempts", "attempted", "attempting", "try", "tries", "tried", "trying", "aim", "aims",
        "aimed", "aiming", "intend", "intends", "intended", "intending", "intention", "want", "wants", "wanted",
        "wanting", "wish", "wishes", "hope", "hopes", "hoped", "hoping", "threaten", "threatens", "threatened",
        "threatening", "vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "promise", "promises",
        "promised", "need", "needs", "needed", "bid", "call", "calls", "proposal", "decision",
        "readiness", "willingness", "determination", "ready", "prepared", "preparing", "ability", "failed",
    ], StringComparer.Ordinal);

    // Verbs that ask or order someone else to act: "called for Russia to arm X", "urged Iran to expel X", "ordered X to
    // attack Y" (what is ordered has not happened by that).
    private static readonly FrozenSet<string> Requests = FrozenSet.ToFrozenSet(
    [
        "call", "calls", "called", "calling", "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking",
        "appeal", "appeals", "appealed", "encourage", "encourages", "encouraged", "demand", "demands", "demanded",
        "press", "presses", "pressed", "pressing", "pressure", "pressures", "pressured", "pressuring",
        "order", "orders", "ordered", "instruct", "instructs", "instructed", "task", "tasked", "assign", "assigned",
        "designate", "designated", "authorise", "authorised", "authorize", "authorized",
    ], StringComparer.Ordinal);

    // Words that plan an attack named by a noun: "plotting attacks on X", "planned strikes against X".
    private static readonly FrozenSet<string> NounFrames = FrozenSet.ToFrozenSet(
        ["plot", "plots", "plotted", "plotting", "plan", "plans", "planning", "prepare", "prepares", "prepared", "preparing"],
        StringComparer.Ordinal);

    /// <summary>The candidate as it may come out under its sentence's frame, or null when it must not.</summary>
    public static RelationCandidate? Reframe(SentenceView view, RelationCandidate candidate)
    {
        if (candidate.Predicate == Predicate.HostileTo || !OwnsTrigger(view, candidate))
        {
            return candidate;
        }
        var attack = candidate.Predicate is Predicate.Attacked or Predicate.Killed;
        // "X will attack Y" foretells an attack that has not happened; the threat is hostility now. Other future events
        // ("will meet") keep their predicate: the time says when.
        if (attack && Foretold(view, candidate.Trigger.Start) || Intended(view, candidate.Trigger.Start))
        {
            return attack ? candidate with { Predicate = Predicate.HostileTo, Place = null } : null;
        }
        return candidate;
    }

    // "will attack", "would also strike", "will continue to target": a future or conditional auxiliary before the verb.
    private static bool Foretold(SentenceView view, int trigger)
    {
        var k = trigger - 1;
        while (view.Lower(k) is "also" or "soon" or "again" or "then" or "likely" or "probably" or "certainly" or "not" or "never" or "be"
            || view.Lower(k) == "to" && view.Lower(k - 1) is "continue" or "go" or "try")
        {
            k -= view.Lower(k) == "to" ? 2 : 1;
        }
        return view.Lower(k) is "will" or "would" or "shall" or "'ll" or "wo";
    }

    // A pattern's trigger is its event word; the learned reader's is where the arguments' parse paths join, which says
    // nothing of the relation when it stands outside both ("called on to ask … by Davis who will be in the room").
    private static bool OwnsTrigger(SentenceView view, RelationCandidate candidate) =>
        candidate.Pattern != LearnedRelations.Pattern || candidate.Object is not { } obj
        || candidate.Trigger.Start >= Math.Min(view.RangeOf(candidate.Subject).Start, view.RangeOf(obj).Start);

    /// <summary>Whether a word ("urged", "called", "pressed") asks someone else to act.</summary>
    public static bool IsRequest(string word) => Requests.Contains(word);

    /// <summary>Whether a word ("plan", "need", "call", "seeking") takes an infinitive of what is only wanted.</summary>
    public static bool TakesInfinitive(string word) => InfinitiveFrames.Contains(word);

    /// <summary>Whether the word at <paramref name="trigger"/> names only what someone plans, attempts or asks for.</summary>
    public static bool Intended(SentenceView view, int trigger)
    {
        if (NounFrames.Contains(view.Lower(trigger - 1)))
        {
            return true;
        }
        var to = trigger - 1;
        if (view.Lower(to) != "to")
        {
            return false;
        }
        if (TakesInfinitive(view.Lower(to - 1)))
        {
            return true;
        }
        // "called for the Gulf states to arm X", "urged Iran to expel X": a request within a few words, no clause between.
        for (var k = to - 1; k >= Math.Max(view.First, to - 8); k--)
        {
            if (view.Word(k) is ";" or ":" or "," || view.Lower(k) is "and" or "that" or "which" or "who")
            {
                return false;
            }
            if (Requests.Contains(view.Lower(k)))
            {
                return true;
            }
        }
        return false;
    }
}
