using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Nexus.Web.Tests.Browser;

/// <summary>
/// What an analyst does first, in a real Chromium: ingest the reference article, find Mengal, read
/// his profile with its grades, open his network, click a link and read the sentence behind it,
/// follow the evidence from ISI to ISKP hop by hop. Each page is saved under test-output/web/.
/// </summary>
public sealed class WalkthroughTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>An Admiralty grade as a badge shows it: "B2".</summary>
    private static readonly System.Text.RegularExpressions.Regex Grade = new("^[A-G][1-6]$");

    [Fact]
    public async Task AnalystFindsMengalAndReadsTheEvidenceBehindALink()
    {
        var page = await browser.NewPageAsync();
        await browser.IngestThroughTheUiAsync(page, RepoPaths.ReferenceArticle);
        await browser.ScreenshotAsync(page, "1-ingest");

        await page.GotoAsync(browser.BaseUrl + "/");
        await Expect(page.Locator("#overview-graph canvas").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "2-overview");

        await page.Locator("#search-input").FillAsync("Mengal");
        await page.Locator("#search-input").PressAsync("Enter");
        var hit = page.Locator("a.entity-hit", new() { HasText = "Mir Shafiq Mengal" });
        await Expect(hit).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "3-search");

        await hit.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Mir Shafiq Mengal");
        var profileUrl = page.Url;
        await Expect(page.Locator(".claim .evidence").First).ToContainTextAsync("Mengal");
        await Expect(page.Locator(".badge.modality.m-reported").First).ToBeVisibleAsync();
        await Expect(page.Locator(".claim .badge.grade").First).ToHaveTextAsync(Grade);
        await Expect(page.Locator(".assertions .badge.grade").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "4-profile");

        // Opened with one claim a group, the groups' "Show more" buttons bring every other claim.
        await page.GotoAsync(profileUrl + "?per_group=1");
        var claims = page.Locator("#view .claim");
        var more = page.Locator("#view .more button");
        await Expect(more.First).ToBeVisibleAsync();
        var total = await page.EvaluateAsync<int>(
            "async (id) => (await (await fetch('/api/entities/' + encodeURIComponent(id))).json()).claim_count",
            Uri.UnescapeDataString(profileUrl[(profileUrl.IndexOf("#/entity/", StringComparison.Ordinal) + "#/entity/".Length)..]));
        Assert.True(await claims.CountAsync() < total);
        while (await more.CountAsync() > 0)
        {
            var shown = await claims.CountAsync();
            await more.First.ClickAsync();
            await Expect(claims).Not.ToHaveCountAsync(shown);
        }
        await Expect(claims).ToHaveCountAsync(total);
        await browser.ScreenshotAsync(page, "4b-profile-more");

        await page.Locator(".profile-head a", new() { HasText = "Network" }).ClickAsync();
        await Expect(page.Locator("#network-graph canvas").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "5-network");

        await ClickEdgeAsync(page, "Mir Shafiq Mengal", "supplied");
        var panel = page.Locator("aside.panel");
        await Expect(panel.Locator(".claim .evidence").First).ToContainTextAsync("pistol");
        await Expect(panel.Locator(".claim .holder").First).ToContainTextAsync("according to");
        await Expect(panel.Locator(".claim .badge.grade").First).ToHaveTextAsync(Grade);
        await browser.ScreenshotAsync(page, "6-edge-evidence");

        await panel.Locator("a.source").First.ClickAsync();
        await Expect(page.Locator(".claim-span.selected").First).ToBeVisibleAsync();
        await Expect(page.Locator("#reader-text a.mention", new() { HasText = "Mir Shafiq Mengal" }).First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "7-document");

        await page.GotoAsync(browser.BaseUrl + "/#/map");
        await Expect(page.Locator(".leaflet-interactive").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "8-map");

        await page.GotoAsync(browser.BaseUrl + "/#/network");
        await Expect(page.Locator("#network-graph canvas").First).ToBeVisibleAsync();
        await page.GetByLabel("Path from").SelectOptionAsync(new SelectOptionValue { Label = "Inter-Services Intelligence" });
        await page.GetByLabel("Path to").SelectOptionAsync(new SelectOptionValue { Label = "Islamic State Khorasan Province" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Find paths" }).ClickAsync();
        var hop = page.Locator("aside.panel .path-block .hop").First;
        await Expect(hop.Locator(".hop-head")).ToContainTextAsync("Inter-Services Intelligence");
        await Expect(hop.Locator(".hop-head .badge.grade")).ToHaveTextAsync(Grade);
        await Expect(hop.Locator(".evidence-claim .badge.modality").First).ToBeVisibleAsync();
        await Expect(hop.Locator(".evidence-claim .holder").First).ToContainTextAsync("according to");
        await Expect(hop.Locator(".evidence-claim .evidence").First).ToContainTextAsync(new System.Text.RegularExpressions.Regex("ISI|Inter-Services Intelligence"));
        await browser.ScreenshotAsync(page, "9-path");

        await page.GotoAsync(profileUrl.Replace("#/entity/", "#/timeline?entity=", StringComparison.Ordinal));
        await Expect(page.Locator(".timeline .event").First).ToBeVisibleAsync();
        await Expect(page.Locator(".timeline .event .granularity").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "10-timeline");

        await page.GotoAsync(browser.BaseUrl + "/#/curation");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit trail" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "11-curation");
    }

    /// <summary>
    /// Clicks the drawn edge with this source and predicate. Cytoscape draws on a canvas, so the test
    /// asks the graph (kept by Cytoscape on its container) for a point of the edge that no other
    /// element covers in this run's layout, then clicks there with the mouse.
    /// </summary>
    private static async Task ClickEdgeAsync(IPage page, string source, string predicate)
    {
        var point = await page.EvaluateAsync<float[]>(
            """
            ([source, predicate]) => {
              const container = document.getElementById('network-graph');
              const cy = container._cyreg.cy;
              const edge = cy.edges().filter((e) => e.source().data('label') === source && e.data('predicate') === predicate)[0];
              const [from, to, middle] = [edge.renderedSourceEndpoint(), edge.renderedTargetEndpoint(), edge.renderedMidpoint()];
              const along = (t) => ({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t });
              const candidates = [middle, along(0.4), along(0.6), along(0.3), along(0.7), along(0.2), along(0.8)];
              const pan = cy.pan(), zoom = cy.zoom();
              const free = candidates.find((p) => {
                const hit = cy.renderer().findNearestElement((p.x - pan.x) / zoom, (p.y - pan.y) / zoom, true, false);
                return hit && hit.same(edge);
              }) ?? middle;
              const box = container.getBoundingClientRect();
              return [box.left + free.x, box.top + free.y];
            }
            """,
            new[] { source, predicate });
        await page.Mouse.ClickAsync(point[0], point[1]);
    }
}
