namespace Nexus.Web.Entities;

/// <summary>Another name of an entity and where it came from (a document id, "un", "misp", "analyst").</summary>
public sealed record AliasItem(string Name, string Source);
