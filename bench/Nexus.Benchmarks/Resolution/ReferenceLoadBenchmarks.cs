using BenchmarkDotNet.Attributes;
using Nexus.Resolution.ReferenceData;

namespace Nexus.Benchmarks.Resolution;

/// <summary>Loading each part of the embedded reference library from scratch (a fresh instance each time).</summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ReferenceLoadBenchmarks
{
    [Benchmark(Baseline = true, Description = "Records (UN, MISP, curated)")]
    public int Records() => ReferenceLibrary.LoadEmbedded().Records.Count;

    [Benchmark(Description = "Mention gazetteer (with records)")]
    public int Gazetteer() => ReferenceLibrary.LoadEmbedded().Gazetteer.Count;

    [Benchmark(Description = "Geocoder (with places)")]
    public int Geocoder() => ReferenceLibrary.LoadEmbedded().Geocoder.Lookup("Mastung").Count;

    [Benchmark(Description = "Screener (with records)")]
    public int Screener() => ReferenceLibrary.LoadEmbedded().Screener.IndexedNames;
}
