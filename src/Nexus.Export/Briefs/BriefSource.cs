namespace Nexus.Export.Briefs;

/// <summary>A cited document with what a reader needs to weigh it.</summary>
public sealed record BriefSource(int Number, string DocumentId, string Title, string? Publisher, string? Origin, ImmutableArray<string> Authors, DateOnly? Published, SourceReliability Reliability, TlpMarking Marking);
