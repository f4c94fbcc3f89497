using System.IO.Compression;
using System.Xml.Linq;
using static Nexus.Web.Tests.Support.SeedEntities;

namespace Nexus.Web.Tests.Api;

/// <summary>Exports and briefs served as downloads, graded by the assessment.</summary>
[Collection(WebCollection.Name)]
public sealed class ExportApiTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.Reader.CreateClient();

    private async Task<(byte[] Body, string MediaType, string? Disposition, string? FileName)> DownloadAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        var disposition = response.Content.Headers.ContentDisposition;
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType!.ToString(), disposition?.DispositionType, disposition?.FileName);
    }

    [Fact]
    public async Task StixExportIsABundleWhoseRelationshipsCarryTheGradesConfidence()
    {
        var (body, mediaType, disposition, fileName) = await DownloadAsync("/api/exports/stix");

        Assert.Equal("application/stix+json; version=2.1", mediaType.Replace(";version", "; version", StringComparison.Ordinal));
        Assert.Equal("attachment", disposition);
        Assert.Equal("nexus.stix.json", fileName);
        var bundle = JsonDocument.Parse(body).RootElement;
        Assert.Equal("bundle", bundle.Text("type"));
        var relationships = bundle.GetProperty("objects").Items().Where(o => o.Text("type") == "relationship").ToList();
        Assert.NotEmpty(relationships);
        Assert.Contains(relationships, r => r.TryGetProperty("confidence", out var confidence) && confidence.GetInt32() > 0);
    }

    [Theory]
    [InlineData("graphml", "application/graphml+xml", "nexus.graphml", "graphml")]
    [InlineData("gexf", "application/gexf+xml", "nexus.gexf", "gexf")]
    public async Task GraphExportsAreXmlDownloads(string format, string mediaType, string fileName, string root)
    {
        var download = await DownloadAsync($"/api/exports/{format}");

        Assert.Equal(mediaType, download.MediaType);
        Assert.Equal("attachment", download.Disposition);
        Assert.Equal(fileName, download.FileName);
        var xml = XDocument.Load(new MemoryStream(download.Body));
        Assert.Equal(root, xml.Root!.Name.LocalName);
        // GraphML writes a name as an element's text, GEXF as an attribute.
        Assert.Contains(xml.Descendants(), e => (!e.HasElements && e.Value == Mengal) || e.Attributes().Any(a => a.Value == Mengal));
    }

    [Fact]
    public async Task CsvExportIsAZipOfTheEntitiesAndClaimsTables()
    {
        var (body, mediaType, _, fileName) = await DownloadAsync("/api/exports/csv");

        Assert.Equal("application/zip", mediaType);
        Assert.Equal("nexus-csv.zip", fileName);
        using var zip = new ZipArchive(new MemoryStream(body));
        Assert.Equal(["claims.csv", "entities.csv"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var claims = new StreamReader(zip.GetEntry("claims.csv")!.Open());
        var header = (await claims.ReadLineAsync())!;
        Assert.Contains("modality", header, StringComparison.Ordinal);
        Assert.Contains("grade", header, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FtmExportIsOneJsonEntityALine()
    {
        var (body, mediaType, _, fileName) = await DownloadAsync("/api/exports/ftm");

        Assert.Equal("application/x-ndjson", mediaType);
        Assert.Equal("nexus.ftm.jsonl", fileName);
        var lines = System.Text.Encoding.UTF8.GetString(body).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(line).RootElement.Text("schema"))));
    }

    [Fact]
    public async Task UnknownExportFormatIsNotFound()
    {
        using var response = await _client.GetAsync("/api/exports/docx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("stix", (await response.ReadAsync()).Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefOnMengalIsCitedMarkdownOrHtml()
    {
        var mengal = await _client.IdAsync(Mengal);
        var markdown = await DownloadAsync($"/api/entities/{Q(mengal)}/brief");
        var html = await DownloadAsync($"/api/entities/{Q(mengal)}/brief?format=html");

        Assert.Equal("text/markdown; charset=utf-8", markdown.MediaType);
        Assert.Equal("brief-mir-shafiq-mengal.md", markdown.FileName);
        var text = System.Text.Encoding.UTF8.GetString(markdown.Body);
        Assert.Contains("# Brief: Mir Shafiq Mengal", text, StringComparison.Ordinal);
        Assert.Contains("[^1]: “", text, StringComparison.Ordinal);
        Assert.Equal("text/html; charset=utf-8", html.MediaType);
        Assert.Equal("brief-mir-shafiq-mengal.html", html.FileName);
        Assert.Contains("<h1>Brief: Mir Shafiq Mengal</h1>", System.Text.Encoding.UTF8.GetString(html.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlBriefKeepsTheScriptOfAnArticleInert()
    {
        var documents = await _client.GetJsonAsync("/api/documents");
        var payload = documents.GetProperty("items").Items().First(d => d.Text("title").StartsWith("Payload", StringComparison.Ordinal)).Text("id");
        var claims = await _client.GetJsonAsync($"/api/claims?document={Q(payload)}");
        var subject = claims.GetProperty("items").Items().First(c => c.GetProperty("evidence").Text("text").Contains(Articles.PayloadMarker, StringComparison.Ordinal)).GetProperty("subject").Text("id");
        var html = System.Text.Encoding.UTF8.GetString((await DownloadAsync($"/api/entities/{Q(subject)}/brief?format=html")).Body);

        Assert.Contains(Articles.PayloadMarker, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefFormatMustBeMarkdownOrHtml()
    {
        var mengal = await _client.IdAsync(Mengal);
        using var response = await _client.GetAsync($"/api/entities/{Q(mengal)}/brief?format=pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadAsync()).GetProperty("errors").TryGetProperty("format", out _));
    }
}
