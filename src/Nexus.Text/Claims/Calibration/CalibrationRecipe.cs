namespace Nexus.Text.Claims.Calibration;

/// <summary>How a <see cref="CalibrationTable"/> turns a claim into a probability (the candidates <c>nexus train calibration</c> compares).</summary>
public enum CalibrationRecipe
{
    /// <summary>The patterns' hand-set priors unchanged (a learned claim's prior is the reader's probability).</summary>
    Priors,

    /// <summary>Platt recalibration of the priors: the logistic of a·logit(prior) + b, regularised toward a = 1, b = 0.</summary>
    Platt,

    /// <summary>A ridge logistic regression over the claim's one-hot features, then an isotonic map to the share right.</summary>
    FeaturesIsotonic,

    /// <summary>Platt recalibration plus the modality, distance and arguments features under a strong ridge.</summary>
    PlattFeatures,
}
