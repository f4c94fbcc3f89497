using System.Text.Json;

namespace Nexus.Storage.Tests.Support;

/// <summary>
/// Records holding ImmutableArrays compare arrays by reference, so layers are compared as indented
/// JSON: every field, and a readable diff when one differs.
/// </summary>
public static class Json
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Of<T>(T value) => JsonSerializer.Serialize(value, Options);
}
