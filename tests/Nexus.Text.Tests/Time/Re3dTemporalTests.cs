using System.Globalization;
using System.Text.Json;
using Nexus.Testing;
using Xunit.Abstractions;

namespace Nexus.Text.Tests.Time;

/// <summary>
/// Detection against the crowd-annotated Temporal spans of re3d (../shared/data/re3d): how many gold
/// spans a found expression overlaps (recall), and how many found expressions overlap a gold span
/// (precision; a lower bound, as the crowd left many times unmarked). re3d has durations ("two weeks",
/// "45 minutes") and times of day marked Temporal too; Nexus reads neither, so recall stays below 1.
/// </summary>
public sealed class Re3dTemporalTests(ITestOutputHelper output)
{
    [Fact]
    public void MostTemporalSpansOfRe3dAreFound()
    {
        var gold = 0;
        var recalled = 0;
        var found = 0;
        var precise = 0;
        foreach (var folder in Directory.GetDirectories(RepoPaths.SharedData("re3d")))
        {
            var spans = Lines(Path.Combine(folder, "entities.json"))
                .Where(e => e.GetProperty("type").GetString() == "Temporal" && e.GetProperty("confidence").GetDouble() >= 0.5)
                .ToLookup(e => e.GetProperty("documentId").GetString()!, e => new TextSpan(e.GetProperty("begin").GetInt32(), e.GetProperty("end").GetInt32()));
            foreach (var document in Lines(Path.Combine(folder, "documents.json")))
            {
                var expected = spans[document.GetProperty("_id").GetString()!].ToList();
                var times = TimeNormalizer.Find(document.GetProperty("text").GetString()!, anchor: null);
                gold += expected.Count;
                recalled += expected.Count(span => times.Any(t => t.Span.Overlaps(span)));
                found += times.Length;
                precise += times.Count(t => expected.Any(span => t.Span.Overlaps(span)));
                foreach (var missed in expected.Where(span => !times.Any(t => t.Span.Overlaps(span))))
                {
                    output.WriteLine("missed: " + missed.Of(document.GetProperty("text").GetString()!));
                }
                foreach (var extra in times.Where(t => !expected.Any(span => t.Span.Overlaps(span))))
                {
                    output.WriteLine("unmarked: " + extra.Text);
                }
            }
        }
        var recall = (double)recalled / gold;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"re3d Temporal: recall {recalled}/{gold} = {recall:F3}, precision {precise}/{found} = {(double)precise / found:F3}"));

        Assert.True(gold > 100, "re3d has over a hundred Temporal spans");
        Assert.True(recall >= 0.75, $"recall {recall:F3}");
    }

    private static IEnumerable<JsonElement> Lines(string path) =>
        File.ReadLines(path).Where(line => line.Trim().Length > 0).Select(line => JsonDocument.Parse(line).RootElement);
}
