namespace Nexus.Core;

/// <summary>A span that names something.</summary>
public sealed record Mention
{
    public required TextSpan Span { get; init; }

    public required string Text { get; init; }

    public required EntityType Type { get; init; }

    public EntityKind? Kind { get; init; }

    /// <summary>0..1: how sure the finding stage is of span and type.</summary>
    public required double Confidence { get; init; }

    /// <summary>What found it, e.g. "gazetteer", "rule:title", "acronym", "model:ner".</summary>
    public required string Source { get; init; }

    /// <summary>The canonical name a gazetteer knows this surface by, if any.</summary>
    public string? Canonical { get; init; }

    /// <summary>External ids such as "un:QDe.118", "misp:…", "geonames:1168197".</summary>
    public ImmutableArray<string> Refs { get; init; } = [];

    /// <summary>The document-local entity key ("e3") assigned by coreference; null before that stage.</summary>
    public string? EntityKey { get; init; }
}
