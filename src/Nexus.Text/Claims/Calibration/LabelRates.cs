namespace Nexus.Text.Claims.Calibration;

/// <summary>
/// What re3d's verdict on a claim is worth: the share of claims a hand-written gold judges right among those
/// re3d annotates (<c>Annotated</c>) and among those it does not (<c>Unannotated</c>), add-one smoothed, counted
/// on the claims both speak for (<c>Pairs</c>). re3d's annotators linked only some of the related spans, so a
/// relation re3d lacks is often right all the same.
/// </summary>
public sealed record LabelRates(double Annotated, double Unannotated, int Pairs)
{
    public static LabelRates Estimate(IEnumerable<LabeledClaim> claims)
    {
        var both = claims.Where(c => c.Judged is not null && c.Annotated is not null).ToList();
        double Rate(bool annotated)
        {
            var group = both.Where(c => c.Annotated == annotated).ToList();
            return Math.Round((group.Count(c => c.Judged == true) + 1.0) / (group.Count + 2.0), 4);
        }
        return new LabelRates(Rate(true), Rate(false), both.Count);
    }
}
