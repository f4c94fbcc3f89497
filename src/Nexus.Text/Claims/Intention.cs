using Nexus.Text.Claims.Learned;

namespace Nexus.Text.Claims;

/// <summary>
/// Plans, attempts, wishes and calls are not events that happened: "plotting attacks on X", "seeking to join X",
/// "plans to attack X", "called for Y to arm X", "the need to arm X". An event read under such a frame does not
/// come out: an intended attack or killing still shows hostility, so it becomes <c>hostile_to</c>; any other event
/// (joined, supplied, funded, trained, met …) is dropped. States (hostile_to, operates_in …) are not touched.
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

    // Verbs that ask someone else to act: "called for Russia to arm X", "urged Iran to expel X".
    private static readonly FrozenSet<string> Requests = FrozenSet.ToFrozenSet(
    [
        "call", "calls", "called", "calling", "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking",
        "appeal", "appeals", "appealed", "encourage", "encourages", "encouraged", "demand", "demands", "demanded",
    ], StringComparer.Ordinal);

    // Words that plan an attack named by a noun: "plotting attacks on X", "planned strikes against X".
    private static readonly FrozenSet<string> NounFrames = FrozenSet.ToFrozenSet(
        ["plot", "plots", "plotted", "plotting", "plan", "plans", "planning", "prepare", "prepares", "prepared", "preparing"],
        StringComparer.Ordinal);

    /// <summary>The candidate as it may come out under its sentence's frame, or null when it must not.</summary>
    public static RelationCandidate? Reframe(SentenceView view, RelationCandidate candidate)
    {
        if (candidate.Predicate == Predicate.HostileTo || !OwnsTrigger(view, candidate) || !Intended(view, candidate.Trigger.Start))
        {
            return candidate;
        }
        return candidate.Predicate is Predicate.Attacked or Predicate.Killed
            ? candidate with { Predicate = Predicate.HostileTo, Place = null }
            : null;
    }

    // A pattern's trigger is its event word; the learned reader's is where the arguments' parse paths join, which says
    // nothing of the relation when it stands outside both ("called on to ask … by Davis who will be in the room").
    private static bool OwnsTrigger(SentenceView view, RelationCandidate candidate) =>
        candidate.Pattern != LearnedRelations.Pattern || candidate.Object is not { } obj
        || candidate.Trigger.Start >= Math.Min(view.RangeOf(candidate.Subject).Start, view.RangeOf(obj).Start);

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
