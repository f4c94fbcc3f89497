namespace Nexus.Ingest;

/// <summary>What the caller knows about a batch and stamps on every document read from it.</summary>
public sealed record IngestOptions
{
    public TlpMarking Marking { get; init; } = TlpMarking.Clear;

    public SourceReliability Reliability { get; init; } = SourceReliability.F;

    /// <summary>Replaces the publisher found in the files (og:site_name, feed title, JSON field) when set.</summary>
    public string? Publisher { get; init; }

    /// <summary>How to read ambiguous numeric dates; stated by the caller who knows the sources.</summary>
    public DateOrder DateOrder { get; init; } = DateOrder.Unknown;

    /// <summary>The clock for <see cref="DocumentMetadata.Retrieved"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How many files are read at once; results still come back in input order.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
