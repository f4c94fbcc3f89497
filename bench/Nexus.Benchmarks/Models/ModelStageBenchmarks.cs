using BenchmarkDotNet.Attributes;
using Nexus.Core;
using Nexus.Testing;
using Nexus.Text.Models;
using Nexus.Text.Models.Evaluation;
using Nexus.Text.Models.Ner;
using Nexus.Text.Models.Parsing;
using Nexus.Text.Models.Pos;
using Nexus.Text.Pipeline;
using Nexus.Text.Tokenization;

namespace Nexus.Benchmarks.Models;

/// <summary>
/// The trained stages over 20,000 words of detokenised GMB news text, each on input already carrying
/// the layers it needs, against a baseline that only splits on spaces and lower-cases each word.
/// Divide the corpus's word count by the mean time for words per second.
/// </summary>
[MemoryDiagnoser]
public class ModelStageBenchmarks
{
    private const int Words = 20_000;

    private IReadOnlyList<Document> _documents = [];
    private AnnotatedDocument[] _sentences = [];
    private AnnotatedDocument[] _tagged = [];
    private PosTaggerStage _pos = null!;
    private NerStage _ner = null!;
    private DependencyParserStage _parser = null!;
    private ExtractionPipeline _whole = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = new ModelCatalog();
        _pos = new PosTaggerStage(catalog.Pos);
        _ner = new NerStage(catalog.Ner);
        _parser = new DependencyParserStage(catalog.Parser);
        _documents = ThroughputBench.DetokenisedGmb(RepoPaths.SharedData("gmb", "ner_dataset.csv"), Words);
        var tokenizer = new TokenizerStage();
        var sentences = new SentenceStage();
        _sentences = [.. _documents.Select(d => sentences.Process(tokenizer.Process(new AnnotatedDocument(d), default), default))];
        _tagged = [.. _sentences.Select(d => _pos.Process(d, default))];
        _whole = new PipelineBuilder().Add(tokenizer).Add(sentences).Add(_pos).Add(_ner).Add(_parser).Build();
    }

    [Benchmark(Baseline = true)]
    public long SplitAndLowerCase()
    {
        var total = 0L;
        foreach (var document in _documents)
        {
            foreach (var word in document.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                total += word.ToLowerInvariant().Length;
            }
        }
        return total;
    }

    [Benchmark]
    public int Pos() => Sum(_sentences, d => _pos.Process(d, default).Tokens.Length);

    [Benchmark]
    public int Ner() => Sum(_sentences, d => _ner.Process(d, default).Mentions.Length);

    [Benchmark]
    public int Parser() => Sum(_tagged, d => _parser.Process(d, default).Tokens.Length);

    [Benchmark]
    public int TokenizeTagRecogniseParse() => Sum(_documents, d => _whole.Run(d, default).Tokens.Length);

    private static int Sum<T>(IEnumerable<T> items, Func<T, int> work) => items.Sum(work);
}
