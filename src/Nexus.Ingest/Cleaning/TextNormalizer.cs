namespace Nexus.Ingest.Cleaning;

/// <summary>
/// Whitespace normalisation that leaves the words alone: every kind of space (NBSP, thin space, tab)
/// becomes one ordinary space, invisible format characters go, line endings become \n.
/// </summary>
internal static partial class TextNormalizer
{
    /// <summary>One line: spaces normalised and collapsed, trimmed.</summary>
    public static string NormalizeLine(string line)
    {
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (IsInvisible(c))
            {
                continue;
            }
            if (c == '\t' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Splits on any line ending (\r\n, \r, \n, U+2028, U+2029, form feed) and normalises each line.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        LineBreak().Split(text).Select(NormalizeLine).ToList();

    /// <summary>
    /// Paragraphs of a text that is already clean (JSON fields, feed text): blank lines separate
    /// paragraphs and single line breaks inside a paragraph become spaces.
    /// </summary>
    public static string NormalizeParagraphs(string text)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in Lines(text))
        {
            if (line.Length == 0)
            {
                Flush();
            }
            else
            {
                current.Add(line);
            }
        }
        Flush();
        return string.Join("\n\n", paragraphs);

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }
    }

    // Soft hyphens, zero-width spaces and stray byte-order marks carry no words.
    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\uFEFF' or '\u2060';

    [GeneratedRegex(@"\r\n|[\r\n\u2028\u2029\f\v\u0085]")]
    private static partial Regex LineBreak();
}
