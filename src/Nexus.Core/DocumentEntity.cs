namespace Nexus.Core;

/// <summary>
/// A thing named in one document: the coreference cluster of its mentions. Resolution maps it onto
/// a global <see cref="Entity"/>.
/// </summary>
public sealed record DocumentEntity
{
    /// <summary>Key unique within the document ("e1"); mentions and claims point at it.</summary>
    public required string Key { get; init; }

    public required EntityType Type { get; init; }

    public EntityKind? Kind { get; init; }

    /// <summary>The fullest name the document uses.</summary>
    public required string Name { get; init; }

    /// <summary>Other surface forms in the document (acronyms, surnames), without <see cref="Name"/>.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    public ImmutableArray<string> Refs { get; init; } = [];
}
