using System.Text.Json;
using Nexus.Engine.Extraction;

namespace Nexus.Engine.Tests.Golden;

/// <summary>Checks an extraction against a <see cref="GoldenSpec"/>, collecting every mismatch.</summary>
public sealed class GoldenChecker(ExtractionDto extraction)
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Check(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var (verb, rest) = (line[..line.IndexOf(' ', StringComparison.Ordinal)], line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            switch (verb)
            {
                case "document": Document(rest); break;
                case "text-lacks": Expect(!extraction.Document.Text.Contains(rest, StringComparison.Ordinal), $"text still contains \"{rest}\""); break;
                case "entity": Entity(rest); break;
                case "no-entity": Expect(!extraction.Entities.Any(e => Names(e).Contains(rest)), $"no entity should answer to \"{rest}\""); break;
                case "claim": Claim(rest, line); break;
                case "no-claim": NoClaim(rest, line); break;
                default: _problems.Add("unknown golden line: " + line); break;
            }
        }
        return _problems;
    }

    private void Expect(bool ok, string problem)
    {
        if (!ok)
        {
            _problems.Add(problem);
        }
    }

    private void Document(string rest)
    {
        var (field, value) = (rest[..rest.IndexOf(' ', StringComparison.Ordinal)], rest[(rest.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var document = extraction.Document;
        var actual = field switch
        {
            "title" => document.Title,
            "published" => document.Published,
            "origin" => document.Origin,
            "author" => document.Authors.Contains(value) ? value : string.Join(", ", document.Authors),
            "credit" => document.Credits.Contains(value) ? value : string.Join(", ", document.Credits),
            _ => "unknown field " + field,
        };
        Expect(actual == value, $"document {field}: expected \"{value}\", got \"{actual}\"");
    }

    // "entity PERSON Mir Shafiq Mengal = Mengal": exactly one entity of that type answers to the name.
    private void Entity(string rest)
    {
        var type = rest[..rest.IndexOf(' ', StringComparison.Ordinal)];
        var names = rest[(type.Length + 1)..].Split('=', 2);
        var name = names[0].Trim();
        var matching = extraction.Entities.Where(e => Names(e).Contains(name)).ToList();
        Expect(matching.Count == 1, $"entity {name}: expected one, found {matching.Count}");
        if (matching.Count != 1)
        {
            return;
        }
        var entity = matching[0];
        Expect(JsonNamingPolicy.SnakeCaseUpper.ConvertName(entity.Type.ToString()) == type, $"entity {name}: expected {type}, got {entity.Type}");
        foreach (var alias in names.Length > 1 ? names[1].Split(',', StringSplitOptions.TrimEntries) : [])
        {
            Expect(Names(entity).Contains(alias), $"entity {name}: alias {alias} not merged into it ({string.Join(", ", Names(entity))})");
        }
    }

    private void Claim(string rest, string line)
    {
        var f = rest.Split('|', StringSplitOptions.TrimEntries);
        var found = Matching(f[0], f[1], f[2]).ToList();
        if (found.Count == 0)
        {
            _problems.Add($"missing: {line}\n  claims: {Describe()}");
            return;
        }
        var hit = found.FirstOrDefault(c =>
            Snake(c.Modality) == f[3] && Snake(c.Polarity) == f[4] && HolderMatches(c, f[5]) && TimeMatches(c, f[6]));
        Expect(hit is not null, $"wrong qualifiers: {line}\n  found: {string.Join("; ", found.Select(Describe))}");
    }

    private void NoClaim(string rest, string line)
    {
        var f = rest.Split('|', StringSplitOptions.TrimEntries);
        Expect(!Matching(f[0], f[1], f[2]).Any(), "unwanted: " + line);
    }

    private IEnumerable<ClaimDto> Matching(string subject, string predicate, string obj) =>
        extraction.Claims.Where(c => Snake(c.Predicate) == predicate && Is(c.Subject, subject) && (obj == "-" ? c.Object is null : Is(c.Object, obj)));

    private bool Is(string? key, string name) => key is not null && extraction.Entities.Any(e => e.Id == key && Names(e).Contains(name));

    private bool HolderMatches(ClaimDto claim, string holder) =>
        holder == "author" ? claim.Holder.Kind == HolderKind.Author
        : claim.Holder.Text == holder || Is(claim.Holder.Entity, holder);

    private static bool TimeMatches(ClaimDto claim, string time)
    {
        if (time is "-" or "*")
        {
            return time == "*" || claim.Time is null;
        }
        var bounds = time.Split("..");
        return claim.Time is { } t && (t.Start ?? "") == bounds[0] && (t.End ?? "") == bounds[1];
    }

    private static HashSet<string> Names(EntityDto entity) => [entity.Name, .. entity.Aliases];

    private string Describe() => string.Join("; ", extraction.Claims.Select(Describe));

    private string Describe(ClaimDto c) =>
        $"{Name(c.Subject)} | {Snake(c.Predicate)} | {Name(c.Object)} | {Snake(c.Modality)} | {Snake(c.Polarity)} | {c.Holder.Text} | {c.Time?.Start}..{c.Time?.End}";

    private string Name(string? key) => key is null ? "-" : extraction.Entities.First(e => e.Id == key).Name;

    private static string Snake<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
