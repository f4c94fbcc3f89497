namespace Nexus.Text.Claims.Calibration;

/// <summary>
/// A claim Nexus read, its features, and what the golds say of it. <c>Folder</c> is the re3d source folder of
/// its document (the unit of cross-validation). <c>Judged</c> is the verdict of the hand-written gold named
/// <c>Gold</c> that lists the claim (null when none does); <c>Annotated</c> is whether re3d annotates its relation
/// (null for a predicate re3d has no type for). At least one of the two is set.
/// </summary>
public sealed record LabeledClaim(string Folder, string DocumentId, Claim Claim, ClaimFeatures Features, bool? Judged, string? Gold, bool? Annotated)
{
    /// <summary>The probability that the claim is right: a hand verdict as 1 or 0, else what re3d's verdict is worth (<paramref name="rates"/>).</summary>
    public double Target(LabelRates rates) =>
        Judged is { } judged ? (judged ? 1 : 0) : Annotated == true ? rates.Annotated : rates.Unannotated;
}
