namespace Nexus.Testing;

/// <summary>
/// Where tests find the repository and the shared folder beside it. Tests may read ../shared
/// (the reference article, training data); the product never does.
/// </summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root: the folder holding Nexus.slnx.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The shared folder, ../shared from the root, or NEXUS_SHARED when set.</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("NEXUS_SHARED") is { Length: > 0 } shared
            ? shared
            : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The reference article, as scraped with its site chrome.</summary>
    public static string ReferenceArticle => Path.Combine(Shared, "examples", "iskp-let-nexus.txt");

    public static string SharedData(params string[] parts) => Path.Combine([Shared, "data", .. parts]);

    /// <summary>A folder under test-output/ for files a test leaves behind on purpose (screenshots, exports).</summary>
    public static string TestOutput(string name)
    {
        var path = Path.Combine(Root, "test-output", name);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Nexus.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Tests must run inside the Nexus repository: no Nexus.slnx above " + AppContext.BaseDirectory);
    }
}
