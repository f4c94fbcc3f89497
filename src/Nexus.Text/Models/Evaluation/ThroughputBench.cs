using System.Diagnostics;
using System.Text;
using Nexus.Text.Models.Corpora;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Models.Evaluation;

/// <summary>
/// Measures words per second of each pipeline stage and of the whole chain on one thread, next to a
/// baseline measured in the same run on the same text (splitting on spaces and lower-casing every
/// word: the least any word-level stage must do), so figures from a busy machine stay comparable.
/// </summary>
public static class ThroughputBench
{
    /// <summary>Runs the stages in order over every document, timing each stage separately.</summary>
    public static IReadOnlyList<StageThroughput> Run(IReadOnlyList<Document> documents, IReadOnlyList<IPipelineStage> stages, CancellationToken cancellationToken)
    {
        var words = documents.Sum(d => (long)CountWords(d.Text));
        var baseline = Stopwatch.StartNew();
        var checksum = 0L;
        foreach (var document in documents)
        {
            foreach (var word in document.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                checksum += word.ToLowerInvariant().Length;
            }
        }
        baseline.Stop();
        GC.KeepAlive(checksum);
        var elapsed = new TimeSpan[stages.Count];
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var annotated = new AnnotatedDocument(document);
            for (var s = 0; s < stages.Count; s++)
            {
                var start = Stopwatch.GetTimestamp();
                annotated = stages[s].Process(annotated, cancellationToken);
                elapsed[s] += Stopwatch.GetElapsedTime(start);
            }
        }
        var results = new List<StageThroughput> { new("baseline: split + lower-case", words, baseline.Elapsed) };
        results.AddRange(stages.Select((stage, s) => new StageThroughput(stage.Name, words, elapsed[s])));
        results.Add(new StageThroughput("whole extraction", words, elapsed.Aggregate(TimeSpan.Zero, (a, b) => a + b)));
        return results;
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
