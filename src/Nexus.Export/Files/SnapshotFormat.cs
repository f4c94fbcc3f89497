namespace Nexus.Export.Files;

/// <summary>A format the whole snapshot is written to as one file.</summary>
public enum SnapshotFormat
{
    /// <summary>A STIX 2.1 bundle (JSON).</summary>
    Stix,

    Graphml,

    Gexf,

    /// <summary>A zip of <c>entities.csv</c> and <c>claims.csv</c>.</summary>
    Csv,

    /// <summary>FollowTheMoney entities, one JSON object a line.</summary>
    Ftm,
}
