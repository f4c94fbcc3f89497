using System.Text.Json;

namespace Nexus.Analysis;

/// <summary>Predicates as the docs, the JSON and every sentence write them: <c>member_of</c>, <c>allied_with</c>.</summary>
public static class PredicateName
{
    public static string Of(Predicate predicate) => JsonNamingPolicy.SnakeCaseLower.ConvertName(predicate.ToString());

    /// <summary>"Mir Shafiq Mengal supplied Rana Mohammad Ashfaq": a relation in words.</summary>
    public static string Statement(string subject, Predicate predicate, string? obj) =>
        obj is null ? $"{subject} {Of(predicate)}" : $"{subject} {Of(predicate)} {obj}";
}
