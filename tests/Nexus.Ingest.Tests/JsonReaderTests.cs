namespace Nexus.Ingest.Tests;

public sealed class JsonReaderTests
{
    [Fact]
    public async Task JsonObjectGivesOneDocumentWithItsFields()
    {
        const string json = """
            {"text": "Two brokers were arrested in January.\n\nThey deny the charges.", "title": "Brokers arrested",
             "published": "2025-01-14T09:00:00Z", "authors": ["Lena Okafor", "Tomas Ridel"], "publisher": "Harbor Watch",
             "url": "https://harbor.example/brokers"}
            """;

        var document = await Harness.DocumentAsync("one.json", json);

        Assert.Equal("Two brokers were arrested in January.\n\nThey deny the charges.", document.Text);
        Assert.Equal("Brokers arrested", document.Metadata.Title);
        Assert.Equal(new DateOnly(2025, 1, 14), document.Metadata.Published);
        Assert.Equal<string>(["Lena Okafor", "Tomas Ridel"], document.Metadata.Authors);
        Assert.Equal("Harbor Watch", document.Metadata.Publisher);
        Assert.Equal("https://harbor.example/brokers", document.Metadata.Source);
        Assert.Equal("json", document.Metadata.Format);
    }

    [Fact]
    public async Task JsonArrayGivesOneResultPerObject()
    {
        const string json = """[{"text": "First report."}, {"title": "no text here"}, {"text": "Third report.", "published": "3 March 2025"}]""";

        var results = await Harness.ReadAsync("many.json", json);

        Assert.Equal(3, results.Count);
        Assert.Equal("First report.", results[0].Document?.Text);
        Assert.Equal("Item 2 of many.json has no \"text\" field.", results[1].Error);
        Assert.Equal(new DateOnly(2025, 3, 3), results[2].Document?.Metadata.Published);
    }

    [Fact]
    public async Task JsonLinesGivesOneResultPerLineAndABadLineCostsOnlyItself()
    {
        const string jsonl = "{\"text\": \"Line one.\", \"authors\": \"Sami al-Hakim\"}\n{not json}\n\n{\"text\": \"Line four.\"}\n";

        var results = await Harness.ReadAsync("feed.jsonl", jsonl);

        Assert.Equal(3, results.Count);
        Assert.Equal<string>(["Sami al-Hakim"], results[0].Document!.Metadata.Authors);
        Assert.Equal("line 2", results[1].Item);
        Assert.StartsWith("Line 2 of feed.jsonl is not valid JSON", results[1].Error, StringComparison.Ordinal);
        Assert.Equal("Line four.", results[2].Document?.Text);
        Assert.Equal("line 4", results[2].Item);
    }

    [Fact]
    public async Task BrokenJsonFileIsOneError()
    {
        var result = Assert.Single(await Harness.ReadAsync("broken.json", "{\"text\": \"unterminated"));

        Assert.StartsWith("broken.json is not valid JSON", result.Error, StringComparison.Ordinal);
    }
}
