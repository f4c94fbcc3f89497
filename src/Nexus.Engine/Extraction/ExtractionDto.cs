namespace Nexus.Engine.Extraction;

/// <summary>The <c>nexus.extraction/1</c> object: one document and what was read from it.</summary>
public sealed record ExtractionDto(
    string Schema,
    DocumentDto Document,
    IReadOnlyList<MentionDto> Mentions,
    IReadOnlyList<EntityDto> Entities,
    IReadOnlyList<ClaimDto> Claims);
