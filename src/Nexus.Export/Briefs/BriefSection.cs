namespace Nexus.Export.Briefs;

/// <summary>A heading, an optional sentence saying how to read the section, and its cited sentences.</summary>
public sealed record BriefSection(string Heading, string? Intro, ImmutableArray<BriefSentence> Sentences);
