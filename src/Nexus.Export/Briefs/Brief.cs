namespace Nexus.Export.Briefs;

/// <summary>
/// A cited brief on one entity: key judgements, a section per relation type, a timeline, the
/// sources with their reliability, and a note per claim quoting its evidence. Every sentence about
/// a claim cites it (<see cref="BriefSentence.Notes"/>). Rendered by <see cref="BriefMarkdown"/> and
/// <see cref="BriefHtml"/>. Its marking is the most restrictive of the documents it cites; it is
/// <c>Graded</c> when an assessment stood behind the key judgements.
/// </summary>
public sealed record Brief(
    string EntityId,
    string Title,
    TlpMarking Marking,
    bool Graded,
    ImmutableArray<string> Preamble,
    ImmutableArray<BriefSection> Sections,
    ImmutableArray<BriefSource> Sources,
    ImmutableArray<BriefNote> Notes);
