using System.Text.Json;

namespace Nexus.Export.Statements;

/// <summary>Enum values as every Nexus output writes them: snake_case ("member_of"), entity types in SCREAMING_SNAKE_CASE.</summary>
public static class EnumNames
{
    public static string Snake<T>(T value) where T : struct, Enum =>
        typeof(T) == typeof(EntityType)
            ? JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString())
            : JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>Reads a name written by <see cref="Snake{T}"/>; throws <see cref="InvalidDataException"/> on anything else.</summary>
    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new InvalidDataException($"\"{text}\" is not a {typeof(T).Name} Nexus knows.");

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Snake(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
