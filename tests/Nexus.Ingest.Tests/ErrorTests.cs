using System.Text;

namespace Nexus.Ingest.Tests;

/// <summary>Every bad input is one result with one clear sentence; none throws, none stops the batch.</summary>
public sealed class ErrorTests
{
    private const string Prose = "Two commanders met near the border crossing on Tuesday, according to officials who asked not to be named.";

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "empty.txt", [], "empty.txt is empty." },
        { "blank.txt", Encoding.UTF8.GetBytes(" \n\u00A0\n\t"), "blank.txt is empty." },
        { "notes.bin", [0x4E, 0x00, 0x01, 0x02, 0x41, 0x00], "notes.bin is a binary file, not a document." },
        { "photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x41, 0x42], "photo.txt is a binary file, not a document." },
        { "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B], "latin1.txt is not valid UTF-8 text (invalid byte 0xE9 at offset 3)." },
        { "table.csv", Encoding.UTF8.GetBytes("a,b\n1,2\n"), "table.csv is not in a format Nexus reads (text, HTML, PDF, RSS/Atom, JSON or JSON Lines)." },
        { "menu.txt", Encoding.UTF8.GetBytes("Home | News | Sport\nSubscribe\nLatest News\nPrivacy Policy"), "menu.txt has no article text." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadFileGivesOneClearSentence(string name, byte[] content, string error)
    {
        var result = Assert.Single(await Harness.ReadAsync(name, content));

        Assert.False(result.Succeeded);
        Assert.Equal(error, result.Error);
        Assert.Equal(name, result.Source);
    }

    [Fact]
    public async Task MissingPathIsReported()
    {
        var missing = Path.Combine(Path.GetTempPath(), "nexus-no-such-file.txt");

        var result = Assert.Single(await Harness.ReadPathsAsync([missing]));

        Assert.Equal($"{missing} does not exist.", result.Error);
        Assert.Equal(missing, result.Source);
    }

    [Fact]
    public async Task PageOfOnlyChromeHasNoArticleText()
    {
        var result = Assert.Single(await Harness.ReadAsync("menu.txt", "Home | News | Sport\nSubscribe\nLatest News\nPrivacy Policy"));

        Assert.Equal("menu.txt has no article text.", result.Error);
    }

    [Fact]
    public async Task Utf8WithBomAndUtf16WithBomAreText()
    {
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Prose)).ToArray();
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Prose)).ToArray();
        var utf16Be = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Prose)).ToArray();

        foreach (var bytes in new[] { utf8, utf16, utf16Be })
        {
            var result = Assert.Single(await Harness.ReadAsync("a.txt", bytes));

            Assert.Equal(Prose, result.Document?.Text);
        }
    }

    [Fact]
    public async Task BadFilesCostOnlyThemselvesInABatchThatKeepsItsOrder()
    {
        using var folder = new TempFolder();
        folder.Write("a-good.txt", Prose);
        folder.Write("b-empty.txt", "");
        folder.Write("c-binary.bin", [0x00, 0x01, 0x02]);
        folder.Write("d-good.html", $"<html><body><p>{Prose}</p></body></html>");
        var missing = Path.Combine(folder.Path, "zz-missing.txt");

        var results = await Harness.ReadPathsAsync([folder.Path, missing]);

        Assert.Equal(
            ["a-good.txt", "b-empty.txt", "c-binary.bin", "d-good.html", "zz-missing.txt"],
            results.Select(r => Path.GetFileName(r.Source)));
        Assert.Equal([true, false, false, true, false], results.Select(r => r.Succeeded));
        Assert.Equal("c-binary.bin is a binary file, not a document.", results[2].Error);
    }
}
