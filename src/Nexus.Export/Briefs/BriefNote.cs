namespace Nexus.Export.Briefs;

/// <summary>A footnote: the claim it stands for, the quoted evidence and where it sits in which source.</summary>
public sealed record BriefNote(int Number, string ClaimId, int Source, string Quote, TextSpan Span, string Holder, Modality Modality);
