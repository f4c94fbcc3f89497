namespace Nexus.Resolution.Entities;

/// <summary>A cluster of members during resolution and curation replay.</summary>
internal sealed class Cluster(List<int> members)
{
    /// <summary>Member indices, ascending.</summary>
    public List<int> Members { get; } = members;

    /// <summary>The analyst's name for it, when renamed.</summary>
    public string? Name { get; set; }

    /// <summary>Why each member belongs, by member index.</summary>
    public Dictionary<int, (string Reason, double Score)> Reasons { get; } = [];
}
