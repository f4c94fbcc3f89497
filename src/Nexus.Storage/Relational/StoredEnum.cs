using System.Collections.Frozen;
using System.Text;

namespace Nexus.Storage.Relational;

/// <summary>
/// Enums are stored as snake_case names ("member_of", "armed_group"), never as numbers, so that the
/// rows read plainly and reordering an enum cannot change stored meaning.
/// </summary>
internal static class StoredEnum
{
    public static string Text<T>(T value)
        where T : struct, Enum =>
        Names<T>.ToText[value];

    public static string? Text<T>(T? value)
        where T : struct, Enum =>
        value is { } v ? Text(v) : null;

    public static T Parse<T>(string text)
        where T : struct, Enum =>
        Names<T>.FromText.TryGetValue(text, out var value)
            ? value
            : throw new StoreException($"The store holds '{text}' where a {typeof(T).Name} is expected; it was written by a newer Nexus.");

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ToText =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => SnakeCase(v.ToString()));

        public static readonly FrozenDictionary<string, T> FromText =
            ToText.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
