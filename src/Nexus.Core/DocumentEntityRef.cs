namespace Nexus.Core;

/// <summary>Points at one document-local entity: the document and the key within it.</summary>
public sealed record DocumentEntityRef(string DocumentId, string Key);
