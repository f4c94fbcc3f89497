using Microsoft.AspNetCore.Hosting;

namespace Nexus.Web.Tests.Api;

public sealed class HostingTests
{
    [Fact]
    public async Task ServerListensOnLoopbackUnlessToldOtherwise()
    {
        await using var app = NexusWebApp.Build(["--store", Path.Combine(Path.GetTempPath(), "unused.db")]);
        Assert.Equal(NexusWebApp.DefaultUrl, app.Configuration[WebHostDefaults.ServerUrlsKey]);
        Assert.StartsWith("http://127.0.0.1:", NexusWebApp.DefaultUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerListensWhereItIsTold()
    {
        await using var app = NexusWebApp.Build(["--urls", "http://0.0.0.0:5999"]);
        Assert.Equal("http://0.0.0.0:5999", app.Configuration[WebHostDefaults.ServerUrlsKey]);
        Assert.NotEqual("localhost;127.0.0.1;[::1]", app.Configuration["AllowedHosts"]);
    }
}
