namespace Nexus.Export.Briefs;

/// <summary>
/// One or two sentences of a brief and the notes that cite them. <see cref="Likelihood"/> is the ICD 203
/// term a key judgement uses (null elsewhere); <see cref="Label"/> is a date for timeline lines.
/// </summary>
public sealed record BriefSentence(string Text, ImmutableArray<int> Notes, string? Likelihood = null, string? Label = null);
