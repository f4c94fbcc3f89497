namespace Nexus.Resolution.ReferenceData.Build;

/// <summary>One artefact written by the builder and its size in bytes.</summary>
public sealed record BuiltFile(string Name, long Bytes);
