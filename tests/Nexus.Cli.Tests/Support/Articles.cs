namespace Nexus.Cli.Tests.Support;

/// <summary>Short articles invented for curation tests, written as pages the ingest reads: a date line, a title and the body.</summary>
public static class Articles
{
    public static string Write(TempFolder folder, string file, string published, string title, string body) =>
        folder.File(file, $"Published: {published}\n\n{title}\n\n{body}\n");
}
