using System.Diagnostics;
using System.Text;
using Nexus.Text.Models.Corpora;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Models.Evaluation;

/// <summary>
/// Measures words per second of each pipeline stage and of the whole chain on one thread, next to a
/// baseline measured in the same run on the same text (splitting on spaces and lower-casing every
/// word: the least any word-level stage must do), so figures from a busy machine stay comparable.
/// Words are whitespace-separated words of the raw text, not tokens.
/// </summary>
public static class ThroughputBench
{
    /// <summary>
    /// Runs each stage over every document before the next stage starts (stage-major), so each
    /// stage's wall and CPU time are measured over the whole corpus at once.
    /// </summary>
    public static IReadOnlyList<StageThroughput> Run(IReadOnlyList<Document> documents, IReadOnlyList<IPipelineStage> stages, CancellationToken cancellationToken)
    {
        var words = documents.Sum(d => (long)CountWords(d.Text));
        var checksum = 0L;
        var baseline = Measure(() =>
        {
            foreach (var document in documents)
            {
                foreach (var word in document.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    checksum += word.ToLowerInvariant().Length;
                }
            }
        });
        GC.KeepAlive(checksum);
        var results = new List<StageThroughput> { new("baseline: split + lower-case", words, baseline.Wall, baseline.Cpu) };
        var annotated = documents.Select(d => new AnnotatedDocument(d)).ToArray();
        foreach (var stage in stages)
        {
            var (wall, cpu) = Measure(() =>
            {
                for (var d = 0; d < annotated.Length; d++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    annotated[d] = stage.Process(annotated[d], cancellationToken);
                }
            });
            results.Add(new StageThroughput(stage.Name, words, wall, cpu));
        }
        var stageResults = results.Skip(1).ToList();
        results.Add(new StageThroughput("whole extraction", words,
            stageResults.Aggregate(TimeSpan.Zero, (a, r) => a + r.Elapsed), stageResults.Aggregate(TimeSpan.Zero, (a, r) => a + r.Cpu)));
        return results;
    }

    /// <summary>
    /// <see cref="Run"/> <paramref name="warmUpPasses"/> times unmeasured, a pause for the JIT's
    /// background tier-up to finish (one warm-up pass left several stages running unoptimised code,
    /// up to 8× slower), then <paramref name="passes"/> measured times, keeping each stage's pass
    /// with the least CPU time; the whole extraction is the sum of those.
    /// </summary>
    public static IReadOnlyList<StageThroughput> Measure(IReadOnlyList<Document> documents, IReadOnlyList<IPipelineStage> stages, int warmUpPasses, int passes, CancellationToken cancellationToken)
    {
        for (var pass = 0; pass < warmUpPasses; pass++)
        {
            Run(documents, stages, cancellationToken);
        }
        cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(1));
        var best = Run(documents, stages, cancellationToken).ToList();
        for (var pass = 1; pass < passes; pass++)
        {
            var results = Run(documents, stages, cancellationToken);
            for (var i = 0; i < best.Count; i++)
            {
                best[i] = results[i].Cpu < best[i].Cpu ? results[i] : best[i];
            }
        }
        var stageResults = best.Skip(1).SkipLast(1).ToList();
        best[^1] = new StageThroughput("whole extraction", best[^1].Words,
            stageResults.Aggregate(TimeSpan.Zero, (a, r) => a + r.Elapsed), stageResults.Aggregate(TimeSpan.Zero, (a, r) => a + r.Cpu));
        return best;
    }

    private static (TimeSpan Wall, TimeSpan Cpu) Measure(Action work)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        clock.Stop();
        process.Refresh();
        return (clock.Elapsed, process.TotalProcessorTime - cpu);
    }

    /// <summary>
    /// Turns GMB's tokenised sentences back into running text (no space before closing punctuation
    /// and clitics, none after opening brackets), 50 sentences a document, up to <paramref name="maxWords"/> words.
    /// </summary>
    public static IReadOnlyList<Document> DetokenisedGmb(string gmbFile, int maxWords)
    {
        var documents = new List<Document>();
        var total = 0;
        foreach (var source in GmbReader.ReadFile(gmbFile, _ => null))
        {
            var text = new StringBuilder();
            foreach (var sentence in source.Sentences)
            {
                text.Append(Detokenise(sentence.Words)).Append(' ');
                total += sentence.Words.Length;
            }
            documents.Add(Document.Create(text.ToString().TrimEnd(), new DocumentMetadata { Source = source.Id }));
            if (total >= maxWords)
            {
                break;
            }
        }
        return documents;
    }

    public static string Detokenise(IReadOnlyList<string> words)
    {
        var text = new StringBuilder();
        var glue = true;
        foreach (var word in words)
        {
            var closing = word is "." or "," or ";" or ":" or "!" or "?" or "%" or ")" or "]" or "'s" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m";
            if (!glue && !closing)
            {
                text.Append(' ');
            }
            text.Append(word);
            glue = word is "(" or "[" or "$";
        }
        return text.ToString();
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
