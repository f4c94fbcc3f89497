namespace Nexus.Engine.Ingestion;

/// <summary>What one ingest run did.</summary>
/// <param name="Added">New documents stored.</param>
/// <param name="AlreadyStored">Documents whose clean text was already in the store.</param>
/// <param name="Claims">Claims extracted from the new documents.</param>
/// <param name="Failures">Inputs that gave no document, in path order.</param>
public sealed record IngestSummary(int Added, int AlreadyStored, int Claims, ImmutableArray<IngestFailure> Failures);
