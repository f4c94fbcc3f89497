namespace Nexus.Web.Tests.Support;

/// <summary>Input files the web tests ingest, written at test time.</summary>
public static class Articles
{
    public const string PayloadMarker = "window.__pwned";

    /// <summary>
    /// A short report whose text carries script and event-handler payloads. Nexus stores them as
    /// text; every page must show them as text too.
    /// </summary>
    public static string WritePayloadArticle(string folder)
    {
        var path = Path.Combine(folder, "payload-report.txt");
        File.WriteAllText(path, """
            Payload Report On Kabul Meetings

            Officials said Abdul Qadir Noorzai met Jamal Haqqani in Kabul in March 2025 <script>window.__pwned = 'script'</script> according to the report.
            A caption in the leaked file read <img src=x onerror="window.__pwned='img'"> and the group denied any meeting.
            """);
        return path;
    }
}
