using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nexus.Text.Claims.Calibration;

/// <summary>
/// How a candidate recipe did out of sample on the <c>Claims</c> judged by hand, each predicted by a table fitted without
/// its re3d source folder (<c>FolderEce</c>, <c>FolderBrier</c>) and by one fitted without its gold (<c>GoldEce</c>,
/// <c>GoldBrier</c>); <c>SoftLabels</c> says whether re3d's soft labels of the claims no gold judged were fitted on too.
/// </summary>
public sealed record CandidateScore(CalibrationRecipe Recipe, bool SoftLabels, int Claims, double FolderEce, double FolderBrier, double GoldEce, double GoldBrier)
{
    /// <summary>"platt", "features-isotonic + soft labels".</summary>
    [JsonIgnore]
    public string Name => JsonNamingPolicy.KebabCaseLower.ConvertName(Recipe.ToString()) + (SoftLabels ? " + soft labels" : "");
}
