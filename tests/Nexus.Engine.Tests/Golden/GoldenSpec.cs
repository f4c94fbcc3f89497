namespace Nexus.Engine.Tests.Golden;

/// <summary>
/// A golden file: what extraction must find in one article, written as a readable specification.
/// Lines: <c>source PATH</c> (relative to the repository root, or <c>shared:</c> for ../shared),
/// <c>document FIELD VALUE</c>, <c>text-lacks STRING</c>, <c>entity TYPE NAME [= ALIAS, …]</c>,
/// <c>claim SUBJECT | PREDICATE | OBJECT | MODALITY | POLARITY | HOLDER | TIME</c> (OBJECT and TIME
/// may be <c>-</c>, TIME also <c>*</c> for any; HOLDER is <c>author</c> or the holder's entity name or text; TIME is
/// <c>START..END</c> with either side empty when open), and <c>no-claim SUBJECT | PREDICATE | OBJECT</c>.
/// </summary>
public sealed record GoldenSpec(string Name, string Source, IReadOnlyList<string> Lines)
{
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.golden")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)!;

    public static GoldenSpec Load(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Golden", name + ".golden"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        var source = lines.Single(l => l.StartsWith("source ", StringComparison.Ordinal))["source ".Length..];
        var path = source.StartsWith("shared:", StringComparison.Ordinal)
            ? Path.Combine(RepoPaths.Shared, source["shared:".Length..])
            : Path.Combine(RepoPaths.Root, source);
        return new GoldenSpec(name, path, [.. lines.Where(l => !l.StartsWith("source ", StringComparison.Ordinal))]);
    }
}
