namespace Nexus.Web.Tests.Support;

/// <summary>Finds entities of the seed store the way a client does: through the entity lookup.</summary>
public static class SeedEntities
{
    public const string Mengal = "Mir Shafiq Mengal";
    public const string Isi = "Inter-Services Intelligence";
    public const string Iskp = "Islamic State Khorasan Province";
    public const string Let = "Lashkar-e-Taiba";

    /// <summary>The id of the entity with exactly this name.</summary>
    public static async Task<string> IdAsync(this HttpClient client, string name)
    {
        var page = await client.GetJsonAsync($"/api/entities?query={Uri.EscapeDataString(name)}");
        return page.GetProperty("items").Items().First(e => e.Text("name") == name).Text("id");
    }

    public static string Q(string value) => Uri.EscapeDataString(value);
}
