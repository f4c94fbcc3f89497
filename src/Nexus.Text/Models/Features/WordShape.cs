namespace Nexus.Text.Models.Features;

/// <summary>
/// The orthographic shape of a word: upper case becomes X, lower case x, digits d, other characters
/// stay; runs longer than two collapse, so "Mengal" is "Xxx" → "Xx" and "AK-47" is "XX-dd".
/// </summary>
internal static class WordShape
{
    public static ulong Key(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[Math.Min(word.Length, 64)];
        var length = 0;
        var previous = '\0';
        var run = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == previous ? run + 1 : 1;
            previous = s;
            if (run <= 2 && length < shape.Length)
            {
                shape[length++] = s;
            }
        }
        return FeatureHash.Text(shape[..length]);
    }

    /// <summary>True when the first letter is upper case and the rest has some lower case ("Kabul", "McCain").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && word[1..].ContainsAnyInRange('a', 'z');

    public static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            if (char.IsUpper(c))
            {
                letters++;
            }
        }
        return letters > 0;
    }
}
