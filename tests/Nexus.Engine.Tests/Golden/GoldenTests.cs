using Nexus.Engine.Extraction;
using Nexus.Ingest;

namespace Nexus.Engine.Tests.Golden;

/// <summary>Each golden file is read as a specification of what Nexus must find in one article.</summary>
public sealed class GoldenTests(RuntimeFixture fixture) : IClassFixture<RuntimeFixture>
{
    public static TheoryData<string> Specs() => [.. GoldenSpec.Names()];

    [Theory]
    [MemberData(nameof(Specs))]
    public async Task ExtractionMeetsItsGoldenFile(string name)
    {
        var spec = GoldenSpec.Load(name);
        var read = await DocumentSource.ReadFileAsync(spec.Source, new IngestOptions()).SingleAsync();
        Assert.True(read.Succeeded, read.Error);

        var extraction = ExtractionJson.ToDto(fixture.Runtime.Pipeline.Run(read.Document!, CancellationToken.None));
        var problems = new GoldenChecker(extraction).Check(spec.Lines);

        Assert.True(problems.Count == 0, $"{name}: {problems.Count} problem(s)\n" + string.Join("\n", problems));
    }

    [Fact]
    public void ThereIsAGoldenFileForTheReferenceArticleAndEveryExample()
    {
        var names = GoldenSpec.Names().ToList();

        Assert.Contains("reference-article", names);
        foreach (var example in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "examples"), "*.txt"))
        {
            Assert.Contains(Path.GetFileNameWithoutExtension(example), names);
        }
    }
}
