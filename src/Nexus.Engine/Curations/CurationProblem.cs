namespace Nexus.Engine.Curations;

/// <summary>Why a curation was refused.</summary>
public enum CurationProblem
{
    /// <summary>What it names (entity, member, claim) is not in the store.</summary>
    NotFound,

    /// <summary>It names something, but the decision cannot apply (one entity merged with itself, a split leaving nothing).</summary>
    Invalid,
}
