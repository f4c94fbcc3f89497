namespace Nexus.Text.Claims;

/// <summary>
/// A claim of responsibility written after the attack it claims, in a relative clause: "the attacks in Jabla and Tartus,
/// for which Da'esh has claimed responsibility", "the bombing in Quetta, which ISKP claimed", "an attack in Mastung
/// claimed by the Taliban". The attack is the claimant's by its own word: the claimant holds it, alleged, as when the
/// claim comes first ("ISKP claimed responsibility for the bombing in Quetta"). The relation patterns read the attack;
/// the attribution finder gives the claiming verb the attack's phrase as its scope, which no verb of saying reaches
/// backwards otherwise.
/// </summary>
internal static class ClaimedAttack
{
    // How far before the relative clause the attack noun may be: "the attacks today in the towns of Jabla in the
    // northwest province of Latakia, and the port city of Tartus, for which …".
    private const int Reach = 24;

    /// <param name="Attack">The attack noun.</param>
    /// <param name="Preposition">The word after it that opens what was attacked ("in", "on", "at", "against").</param>
    /// <param name="Claimant">Who claims it.</param>
    /// <param name="Clause">The first token of the relative clause ("for which", "which", "claimed by").</param>
    public sealed record Found(int Attack, int Preposition, Mention Claimant, int Clause);

    /// <summary>Whether a word after an attack noun opens what was attacked: "the bombing in Quetta", "the attack on the Serena".</summary>
    public static bool OpensTarget(string word) => word is "in" or "on" or "at" or "against";

    /// <summary>The attack a claiming verb at <paramref name="verb"/> claims after naming it, or null.</summary>
    public static Found? Find(SentenceView view, int verb)
    {
        if (view.Lower(verb) is not ("claimed" or "claims"))
        {
            return null;
        }
        Mention? claimant;
        int clause;
        if (view.Lower(verb + 1) == "by")
        {
            claimant = view.ObjectAfter(verb + 2, SentenceView.IsActor, reach: 3);
            clause = verb;
        }
        else if (view.Lower(verb + 1) == "responsibility" && view.Lower(verb + 2) == "for")
        {
            return null;
        }
        else
        {
            // "the raid that the TTP claims was planned in Quetta" claims something else of the raid.
            if (view.Lower(verb + 1) is not ("" or "," or "." or ";" or ":" or "responsibility" or "credit" or "in" or "on" or "via" or "through"))
            {
                return null;
            }
            claimant = view.SubjectBefore(verb, SentenceView.IsActor);
            clause = claimant is null ? verb : view.RangeOf(claimant).Start - 1;
            clause -= view.Lower(clause) == "the" ? 1 : 0;
            if (view.Lower(clause) is not ("which" or "that"))
            {
                return null;
            }
            clause -= view.Lower(clause - 1) == "for" ? 1 : 0;
        }
        for (var k = clause - 1; claimant is not null && k >= Math.Max(view.First, clause - Reach) && view.Word(k) != ";"; k--)
        {
            // "the attacks in Iraq, including one in Baghdad claimed by Daesh": the one claimed.
            if (DependencyPatterns.IsAttackNoun(view.Lower(k))
                || view.Lower(k) == "one" && Enumerable.Range(view.First, k - view.First).Any(a => DependencyPatterns.IsAttackNoun(view.Lower(a))))
            {
                var preposition = view.Lower(k + 1) is "today" or "yesterday" or "overnight" ? k + 2 : k + 1;
                return OpensTarget(view.Lower(preposition)) ? new Found(k, preposition, claimant, clause) : null;
            }
        }
        return null;
    }
}
