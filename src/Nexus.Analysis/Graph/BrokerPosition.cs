namespace Nexus.Analysis.Graph;

/// <summary>Where a broker between two groups stands (Gould and Fernandez's roles, simplified).</summary>
public enum BrokerPosition
{
    /// <summary>In neither group: a liaison between them.</summary>
    Outside,

    /// <summary>A member of the first group reaching into the second (a representative).</summary>
    First,

    /// <summary>A member of the second group reaching into the first (a gatekeeper).</summary>
    Second,

    /// <summary>Counted a member of both.</summary>
    Both,
}
