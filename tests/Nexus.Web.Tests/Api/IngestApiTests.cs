using System.Net.Http.Headers;
using Nexus.Web.Ingest;

namespace Nexus.Web.Tests.Api;

[Collection(WebCollection.Name)]
public sealed class IngestApiTests(WebFixture fixture)
{
    private readonly HttpClient _client = fixture.Factory(fixture.CopyStore()).CreateClient();

    private static MultipartFormDataContent Upload(string name, string text)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "files", name);
        form.Add(new StringContent("TLP:AMBER"), "marking");
        form.Add(new StringContent("B"), "reliability");
        return form;
    }

    [Fact]
    public async Task UploadIsIngestedWithProgressUntilDone()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest")
        {
            Content = Upload("fresh.txt", "Kabul Security Note\n\nThe Taliban arrested Abdul Wali Rahimi in Kabul in May 2025, officials said."),
        };
        request.Headers.Add(IngestEndpoints.RequestHeader, "1");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = await response.ReadAsync();
        Assert.Equal("fresh.txt", job.GetProperty("files")[0].GetString());
        var url = response.Headers.Location!.ToString();
        var state = job;
        for (var i = 0; i < 600 && state.Text("state") is "queued" or "running"; i++)
        {
            await Task.Delay(100);
            state = await _client.GetJsonAsync(url);
        }
        Assert.Equal("done", state.Text("state"));
        Assert.Equal(1, state.GetProperty("added").GetInt32());
        Assert.Equal(state.GetProperty("total").GetInt32(), state.GetProperty("done").GetInt32());
        var documents = await _client.GetJsonAsync("/api/documents");
        var added = documents.GetProperty("items").Items().Single(d => d.Text("title") == "Kabul Security Note");
        Assert.Equal("TLP:AMBER", added.Text("marking"));
        Assert.Equal("B", added.Text("reliability"));
    }

    [Fact]
    public async Task UploadWithoutTheRequestHeaderIsRefused()
    {
        using var response = await _client.PostAsync("/api/ingest", Upload("forged.txt", "A cross-site form post."));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(2, (await _client.GetJsonAsync("/api/overview")).GetProperty("documents").GetInt32());
    }

    [Fact]
    public async Task UnknownJobIsNotFound()
    {
        using var response = await _client.GetAsync("/api/ingest/0123456789abcdef");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
