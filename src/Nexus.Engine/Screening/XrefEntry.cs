namespace Nexus.Engine.Screening;

/// <summary>A stored entity and the listed records its names match, best first.</summary>
/// <param name="Entity">The entity's id.</param>
/// <param name="Name">The entity's name.</param>
/// <param name="Type">PERSON or ORGANIZATION: only those are listed.</param>
/// <param name="Kind">The entity's kind, when known.</param>
/// <param name="Matches">The listed records, best first.</param>
public sealed record XrefEntry(string Entity, string Name, EntityType Type, EntityKind? Kind, IReadOnlyList<XrefMatch> Matches);
