using System.IO.Compression;
using Nexus.Resolution.ReferenceData.Build;
using Xunit.Abstractions;

namespace Nexus.Resolution.Tests.ReferenceData;

/// <summary>
/// Rebuilds the artefacts from ../shared/data and checks the committed ones match, which also
/// shows the build is deterministic (the committed files come from an earlier build). Set
/// NEXUS_UPDATE_DATA=1 to write the rebuilt files into data/ instead (how to refresh them until
/// <c>nexus data build</c> is wired).
/// </summary>
public sealed class ReferenceDataBuildTests(ITestOutputHelper output)
{
    [Fact]
    public void CommittedArtefactsAreUpToDate()
    {
        var dir = Path.Combine(Path.GetTempPath(), "nexus-refdata-" + Guid.NewGuid().ToString("N"));
        try
        {
            var report = ReferenceDataBuilder.Build(RepoPaths.SharedData(), dir);
            output.WriteLine(report.Gazetteer.ToString());
            var committed = Path.Combine(RepoPaths.Root, "data");
            foreach (var f in report.Files)
            {
                output.WriteLine($"{f.Name}: {f.Bytes:N0} bytes");
                if (Environment.GetEnvironmentVariable("NEXUS_UPDATE_DATA") == "1")
                {
                    File.Copy(Path.Combine(dir, f.Name), Path.Combine(committed, f.Name), overwrite: true);
                }
                // Contents, not gzip bytes: a runtime with another zlib may compress the same text differently.
                Assert.True(
                    Unzipped(Path.Combine(dir, f.Name)).AsSpan().SequenceEqual(Unzipped(Path.Combine(committed, f.Name))),
                    $"data/{f.Name} is stale: rebuild it (NEXUS_UPDATE_DATA=1 dotnet test --filter CommittedArtefactsAreUpToDate).");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void MissingDataFolderIsOneClearError()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => ReferenceDataBuilder.Build("/nonexistent/data", Path.GetTempPath()));
        Assert.Contains("un-sanctions", e.Message, StringComparison.Ordinal);
    }

    private static byte[] Unzipped(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }
}
