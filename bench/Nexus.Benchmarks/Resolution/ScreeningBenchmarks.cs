using BenchmarkDotNet.Attributes;
using F23.StringSimilarity;
using Nexus.Resolution.Names;
using Nexus.Resolution.ReferenceData;
using Nexus.Resolution.Screening;

namespace Nexus.Benchmarks.Resolution;

/// <summary>
/// Screening 100,000 names against the full lists (UN, MISP, curated) on one core, against a
/// baseline measured in the same run: the naive way, Jaro-Winkler between the query and every
/// listed name and alias. The baseline runs on the first 1,000 names (all 100,000 would take
/// minutes); compare per name: baseline × 100 is its cost for the whole set.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    public const int Names = 100_000;
    public const int BaselineSample = 1_000;

    private readonly JaroWinkler jaroWinkler = new();
    private string[] queries = [];
    private string[] listed = [];
    private Screener screener = null!;

    [GlobalSetup]
    public void Setup()
    {
        var library = ReferenceLibrary.LoadEmbedded();
        screener = library.Screener;
        listed = [.. library.Records.Where(r => r.Type is Nexus.Core.EntityType.Person or Nexus.Core.EntityType.Organization)
            .SelectMany(r => r.AllNames).Select(NameNormalizer.Fold)];
        queries = Queries(library, Names);
    }

    [Benchmark(Description = "Screener: 100,000 names")]
    public int Screen100k()
    {
        var found = 0;
        foreach (var q in queries)
        {
            found += screener.Screen(q).Matches.Length;
        }
        return found;
    }

    [Benchmark(Description = "Screener: first 1,000 names")]
    public int Screen1k()
    {
        var found = 0;
        for (var i = 0; i < BaselineSample; i++)
        {
            found += screener.Screen(queries[i]).Matches.Length;
        }
        return found;
    }

    [Benchmark(Baseline = true, Description = "Naive all-pairs Jaro-Winkler: first 1,000 names")]
    public int NaiveAllPairs1k()
    {
        var found = 0;
        for (var i = 0; i < BaselineSample; i++)
        {
            var q = NameNormalizer.Fold(queries[i]);
            foreach (var name in listed)
            {
                if (jaroWinkler.Similarity(q, name) >= 0.9)
                {
                    found++;
                }
            }
        }
        return found;
    }

    /// <summary>
    /// Listed names and aliases as they are, with one letter dropped, and given names of one listed
    /// person joined to family names of another: a mix of hits, near hits and misses.
    /// </summary>
    internal static string[] Queries(ReferenceLibrary library, int count)
    {
        var random = new Random(7);
        var names = library.Records.Where(r => r.Type is Nexus.Core.EntityType.Person or Nexus.Core.EntityType.Organization)
            .SelectMany(r => r.AllNames).Where(n => n.Length > 3).ToArray();
        var words = names.SelectMany(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 2).ToArray();
        var queries = new string[count];
        for (var i = 0; i < count; i++)
        {
            var name = names[random.Next(names.Length)];
            queries[i] = (i % 3) switch
            {
                0 => name,
                1 => name.Remove(1 + random.Next(name.Length - 2), 1),
                _ => words[random.Next(words.Length)] + " " + words[random.Next(words.Length)],
            };
        }
        return queries;
    }
}
