namespace Nexus.Text.Claims;

/// <summary>
/// A word or phrase in a sentence that attributes or hedges what the sentence says.
/// </summary>
/// <param name="Start">First token of the cue.</param>
/// <param name="End">Token after the cue.</param>
/// <param name="Modality">What the cue makes of a claim it governs.</param>
/// <param name="Holder">Who the cue says holds the claim.</param>
/// <param name="Text">The cue as written ("according to", "reportedly").</param>
/// <param name="Likelihood">The ICD 203 likelihood word, for hedges that carry one.</param>
/// <param name="OpensReport">True for a sentence-initial "According to X," whose report may continue into the next sentences.</param>
/// <param name="Scope">The tokens the cue governs.</param>
internal sealed record Cue(int Start, int End, Modality Modality, Holder Holder, string Text, string? Likelihood, bool OpensReport, (int Start, int End) Scope)
{
    /// <summary>Tokens inside <see cref="Scope"/> that the cue does not govern (an apposition of its subject).</summary>
    public (int Start, int End) Excluded { get; init; }

    public bool Governs(int token) =>
        token >= Scope.Start && token < Scope.End && !(token >= Excluded.Start && token < Excluded.End);
}
