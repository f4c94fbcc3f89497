namespace Nexus.Web.Ingest;

/// <summary>Where an ingest job is.</summary>
public enum IngestState
{
    /// <summary>Waiting for an earlier ingest or curation to finish.</summary>
    Queued,

    Running,

    Done,

    /// <summary>Stopped by an error; everything stored before it stays stored.</summary>
    Failed,
}
