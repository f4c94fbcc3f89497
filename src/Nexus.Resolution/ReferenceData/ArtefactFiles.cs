using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nexus.Resolution.ReferenceData;

/// <summary>
/// How the committed artefacts are laid out: UTF-8 text, "\n" line ends, gzip'd; JSON Lines for
/// list records, tab-separated rows for places and gazetteer entries. Shared by the builder and
/// the loader so that both always agree.
/// </summary>
public static class ArtefactFiles
{
    public const string UnSanctions = "un-sanctions.jsonl.gz";
    public const string MispGalaxy = "misp-galaxy.jsonl.gz";
    public const string Places = "geonames-places.tsv.gz";
    public const string Countries = "countries.tsv.gz";
    public const string Gazetteer = "gazetteer.tsv.gz";

    /// <summary>The built artefacts, in build order.</summary>
    public static readonly ImmutableArray<string> Built = [UnSanctions, MispGalaxy, Places, Countries, Gazetteer];

    /// <summary>Hand-written lists under data/curated/, committed as they are.</summary>
    public const string CuratedOrganizations = "organizations.tsv";
    public const string CuratedNationalities = "nationalities.tsv";
    public const string CuratedPlaces = "places.tsv";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    internal static readonly JsonSerializerOptions Json = new()
    {
        // The artefacts are data files, never embedded in HTML: keep apostrophes and non-ASCII letters readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Writes lines to a gzip file; same lines give the same bytes.</summary>
    public static void WriteLines(string path, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, Utf8) { NewLine = "\n" };
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>Reads the lines of a gzip'd artefact.</summary>
    public static IEnumerable<string> ReadLines(Stream gzipped)
    {
        using var gzip = new GZipStream(gzipped, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Utf8);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    /// <summary>Joins fields into a tab-separated row; tabs and line breaks inside a field become spaces.</summary>
    public static string Row(params IEnumerable<string?> fields) =>
        string.Join('\t', fields.Select(f => f is null ? "" : f.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ')));

    /// <summary>Joins a list into one field, "|"-separated.</summary>
    public static string List(IEnumerable<string> items) => string.Join('|', items);

    /// <summary>Splits a "|"-separated field; empty gives no items.</summary>
    public static ImmutableArray<string> SplitList(string field) =>
        field.Length == 0 ? [] : [.. field.Split('|')];

    internal static string ToJson(ReferenceRecord record) => JsonSerializer.Serialize(record, Json);

    internal static ReferenceRecord FromJson(string line) =>
        JsonSerializer.Deserialize<ReferenceRecord>(line, Json) ?? throw new InvalidDataException("Empty reference record line.");
}
