using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Nexus.Web.Tests.Support;

/// <summary>
/// A real Nexus server on a free loopback port over an empty store, and Debian's Chromium driven by
/// Playwright. Playwright never downloads a browser: it is pointed at /usr/bin/chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string Folder { get; } = Directory.CreateTempSubdirectory("nexus-browser-tests-").FullName;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public string Screenshots { get; } = RepoPaths.TestOutput("web");

    public async Task InitializeAsync()
    {
        _app = NexusWebApp.Build(["--store", Path.Combine(Folder, "browser.db"), "--urls", "http://127.0.0.1:0"]);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        page.SetDefaultTimeout(30_000);
        return page;
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = false });

    /// <summary>Uploads files through the ingest page and waits for the job to finish.</summary>
    public async Task IngestThroughTheUiAsync(IPage page, params string[] files)
    {
        await page.GotoAsync(BaseUrl + "/#/ingest");
        await page.Locator("input[type=file]").SetInputFilesAsync(files);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingest" }).ClickAsync();
        // The first ingest loads the reference lists and models; give it time.
        await page.GetByRole(AriaRole.Link, new() { Name = "See the network" }).WaitForAsync(new() { Timeout = 180_000 });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Directory.Delete(Folder, recursive: true);
    }
}
