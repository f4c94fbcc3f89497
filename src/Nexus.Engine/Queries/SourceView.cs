namespace Nexus.Engine.Queries;

/// <summary>The document a claim was read from.</summary>
public sealed record SourceView(string Document, string? Title, string? Publisher, string? Published);
