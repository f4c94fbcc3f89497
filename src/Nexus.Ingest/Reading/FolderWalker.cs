namespace Nexus.Ingest.Reading;

/// <summary>
/// Expands the caller's paths into files: folders recursively, entries in ordinal name order so every
/// run reads the same files in the same order; hidden files and folders (dot-names or the hidden
/// attribute) and symbolic links to folders (which could loop) are skipped.
/// </summary>
internal static class FolderWalker
{
    /// <summary>Each file to read, or a path that does not exist (reported, not thrown).</summary>
    public static IEnumerable<(string Path, bool Exists)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                yield return (path, true);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Walk(path))
                {
                    yield return (file, true);
                }
            }
            else
            {
                yield return (path, false);
            }
        }
    }

    private static IEnumerable<string> Walk(string folder)
    {
        var entries = new DirectoryInfo(folder)
            .EnumerateFileSystemInfos()
            .Where(e => !IsHidden(e))
            .OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is DirectoryInfo directory)
            {
                if (directory.LinkTarget is not null)
                {
                    continue;
                }
                foreach (var file in Walk(Path.Combine(folder, entry.Name)))
                {
                    yield return file;
                }
            }
            else
            {
                yield return Path.Combine(folder, entry.Name);
            }
        }
    }

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden);
}
