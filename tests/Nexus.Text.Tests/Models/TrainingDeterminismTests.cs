using Nexus.Testing;
using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Ner;
using Nexus.Text.Models.Parsing;
using Nexus.Text.Models.Pos;
using Nexus.Text.Models.Training;

namespace Nexus.Text.Tests.Models;

/// <summary>Training twice on the same small sample must give byte-identical model files.</summary>
public sealed class TrainingDeterminismTests
{
    private static readonly TrainingOptions Options = new() { Epochs = 2 };

    private static List<ConlluSentence> Sample() =>
        [.. ConlluReader.ReadFile(RepoPaths.SharedData("ud-english-ewt", "en_ewt-ud-dev.conllu")).Take(150)];

    private static byte[] Bytes(Action<Stream> save)
    {
        using var stream = new MemoryStream();
        save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void TaggerTrainingIsReproducible()
    {
        var sample = Sample();

        var first = Bytes(PosTaggerTrainer.Train(sample, Options, null, CancellationToken.None).Save);
        var second = Bytes(PosTaggerTrainer.Train(sample, Options, null, CancellationToken.None).Save);

        Assert.Equal(first, second);
    }

    [Fact]
    public void ParserTrainingIsReproducible()
    {
        var sample = Sample();
        var tags = sample.Select(s => (IReadOnlyList<string>)[.. s.Words.Select(w => w.Upos)]).ToList();
        var pennTags = PennTaggerTrainer.TagSet(sample);
        var penn = PennTaggerTrainer.Train(sample, tags, pennTags, Options.Seed, CancellationToken.None);
        var tagged = sample.Select((s, i) => penn.Tag(s.Forms, tags[i])).ToList();
        var fine = tagged.Select(t => (IReadOnlyList<string>)t.Tags).ToList();
        var classes = tagged.Select(t => t.Classes).ToList();

        var first = Bytes(DependencyParserTrainer.Train(sample, tags, fine, classes, penn, Options, null, CancellationToken.None).Save);
        var second = Bytes(DependencyParserTrainer.Train(sample, tags, fine, classes, penn, Options, null, CancellationToken.None).Save);

        Assert.Equal(first, second);
    }

    [Fact]
    public void NerTrainingIsReproducibleAndLearnsItsSample()
    {
        var documents = ConllNerReader.ReadFile(RepoPaths.SharedData("wikigold", "CONLL-format", "data", "wikigold.conll.txt"), "wikigold", EntityLabels.FromConll);
        var sample = documents.Take(10).SelectMany(d => d.Sentences).ToList();
        var examples = sample.Select(s => new NerExample(s, "wikigold")).ToList();

        var tagger = NerTrainer.Train(examples, ModelTrainer.NerLabels, "wikigold", NerLexicon.Empty, Options with { Epochs = 4 }, null, CancellationToken.None);
        var first = Bytes(tagger.Save);
        var second = Bytes(NerTrainer.Train(examples, ModelTrainer.NerLabels, "wikigold", NerLexicon.Empty, Options with { Epochs = 4 }, null, CancellationToken.None).Save);

        Assert.Equal(first, second);
        var found = sample.Sum(s => tagger.Tag(s.Words).Count(e => s.Entities.Contains(new EntityAnnotation(e.Start, e.End, e.Label))));
        Assert.True(found > sample.Sum(s => s.Entities.Length) * 0.8, $"Found {found} training entities.");
    }
}
