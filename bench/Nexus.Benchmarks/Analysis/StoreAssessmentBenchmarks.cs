using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Nexus.Analysis.Assessment;
using Nexus.Analysis.Syndication;
using Nexus.Core;
using Nexus.Storage;
using Nexus.Storage.Sqlite;

namespace Nexus.Benchmarks.Analysis;

/// <summary>
/// Assessing a SQLite store of 100,000 claims (5,000 documents of 20 claims, 20,000 entities), and its
/// parts: reading every claim (the baseline: assessment cannot do with less), reading every document's
/// text to sign it for syndication (what storing signatures would save), and the whole
/// <see cref="EvidenceAssessor.AssessAsync"/>. Multiply by ten for a store of a million claims.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class StoreAssessmentBenchmarks
{
    public const int Documents = 5_000;
    public const int ClaimsPerDocument = 20;
    public const int Entities = 20_000;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"nexus-bench-{Guid.NewGuid():N}.db");
    private INexusStore _store = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _store = await SqliteStore.OpenAsync(_path);
        var random = new Random(4);
        var memberships = new List<EntityMembership>();
        for (var d = 0; d < Documents; d++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 120).Select(_ => "w" + random.Next(50_000)));
            var document = Document.Create(text, new DocumentMetadata { Publisher = "Outlet " + (d % 100), Published = new DateOnly(2024, 1, 1).AddDays(d % 700) });
            var globals = Enumerable.Range(0, 8).Select(_ => random.Next(Entities)).Distinct().ToArray();
            var entities = globals.Select((g, i) => new DocumentEntity { Key = "e" + i, Type = EntityType.Organization, Name = "Entity " + g }).ToList();
            memberships.AddRange(globals.Select((g, i) => new EntityMembership(new DocumentEntityRef(document.Id, "e" + i), "ent:" + g, "benchmark", 1)));
            var claims = Enumerable.Range(0, ClaimsPerDocument).Select(c =>
            {
                var (s, o) = (random.Next(globals.Length), random.Next(globals.Length));
                return new Claim
                {
                    Id = "c" + c,
                    Subject = "e" + s,
                    Predicate = (Predicate)random.Next(6),
                    Object = "e" + (o == s ? (o + 1) % globals.Length : o),
                    Modality = (Modality)random.Next(5),
                    Holder = Holder.Author(null),
                    Evidence = new TextSpan(0, 60),
                    Confidence = 0.8,
                };
            });
            await _store.AddDocumentAsync(new AnnotatedDocument(document) { Entities = [.. entities], Claims = [.. claims] }, CancellationToken.None);
        }
        var all = memberships.Select(m => m.EntityId).Distinct(StringComparer.Ordinal)
            .Select(id => new Entity { Id = id, Type = EntityType.Organization, Name = "Entity " + id[4..] }).ToList();
        await _store.ReplaceResolutionAsync(all, memberships, CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _store.DisposeAsync();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Benchmark(Baseline = true, Description = "Read every claim (100,000)")]
    public async Task<int> ReadClaimsAsync()
    {
        var count = 0;
        await foreach (var _ in _store.ReadClaimsAsync(new ClaimQuery(), CancellationToken.None))
        {
            count++;
        }
        return count;
    }

    [Benchmark(Description = "Read and sign every document (5,000)")]
    public async Task<int> SignDocumentsAsync() => (await SourceDocuments.ReadAsync(_store, CancellationToken.None)).Count;

    [Benchmark(Description = "Assess the store")]
    public async Task<int> AssessAsync() =>
        (await EvidenceAssessor.AssessAsync(_store, new AssessmentOptions(), CancellationToken.None)).Assertions.Length;
}
