using static Microsoft.Playwright.Assertions;

namespace Nexus.Web.Tests.Browser;

/// <summary>Document text is data: script and event-handler payloads in an article stay inert text.</summary>
public sealed class SafeRenderingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ScriptAndOnErrorPayloadsInAnArticleShowAsInertText()
    {
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await browser.IngestThroughTheUiAsync(page, Articles.WritePayloadArticle(browser.Folder));

        await page.GotoAsync(browser.BaseUrl + "/#/documents");
        await page.Locator("a", new() { HasText = "Payload Report On Kabul Meetings" }).ClickAsync();
        var text = page.Locator("#reader-text");
        await Expect(text).ToContainTextAsync("<script>window.__pwned = 'script'</script>");
        await Expect(text).ToContainTextAsync("<img src=x onerror=\"window.__pwned='img'\">");
        await browser.ScreenshotAsync(page, "9-payload-document");

        await page.Locator("#search-input").FillAsync("pwned");
        await page.Locator("#search-input").PressAsync("Enter");
        await Expect(page.Locator(".snippet").First).ToContainTextAsync("pwned");

        Assert.Equal(0, await page.Locator("#view script, #view img").CountAsync());
        Assert.Null(await page.EvaluateAsync<string?>("() => window.__pwned ?? null"));
        Assert.Equal(0, dialogs);
    }
}
