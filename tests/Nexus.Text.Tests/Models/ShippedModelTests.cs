using Nexus.Testing;
using Nexus.Text.Models;
using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Evaluation;
using Nexus.Text.Models.Ner;
using Nexus.Text.Models.Parsing;
using Nexus.Text.Models.Pos;
using Nexus.Text.Models.Training;
using Nexus.Text.Pipeline;
using Nexus.Text.Tokenization;

namespace Nexus.Text.Tests.Models;

/// <summary>
/// The committed models, loaded as the product loads them (embedded), on slices of held-out data.
/// Floors sit a little under the measured full-test scores (see models/*.md) so a broken model or
/// feature change fails while ordinary retraining does not.
/// </summary>
public sealed class ShippedModelTests
{
    private static readonly ModelCatalog Catalog = new();

    private static List<ConlluSentence> EwtTestSlice() =>
        [.. ConlluReader.ReadFile(RepoPaths.SharedData("ud-english-ewt", "en_ewt-ud-test.conllu")).Take(600)];

    [Fact]
    public void TaggerSavesToTheBytesItWasLoadedFrom()
    {
        using var embedded = new MemoryStream();
        using (var stream = Catalog.Open(ModelCatalog.PosFile))
        {
            stream.CopyTo(embedded);
        }
        using var saved = new MemoryStream();

        Catalog.Pos.Save(saved);

        Assert.Equal(embedded.ToArray(), saved.ToArray());
    }

    [Fact]
    public void TaggerIsAccurateOnHeldOutEwt()
    {
        var result = PosEvaluator.Evaluate(Catalog.Pos, EwtTestSlice(), CancellationToken.None);

        Assert.True(result.Accuracy > 0.93, $"POS accuracy {result.Accuracy:P2}");
    }

    [Fact]
    public void ParserAttachesMostWordsOnHeldOutEwtWithPredictedTags()
    {
        var result = ParserEvaluator.Evaluate(Catalog.Parser, Catalog.Pos, EwtTestSlice(), CancellationToken.None);

        Assert.True(result.Uas > 0.80, $"UAS {result.Uas:P2}");
        Assert.True(result.Las > 0.75, $"LAS {result.Las:P2}");
    }

    [Fact]
    public void NerFindsPeopleOrganisationsAndPlacesInHeldOutGum()
    {
        var documents = ModelTrainer.GumNerDocuments(new SharedCorpora(RepoPaths.SharedData()), "test");

        var core = NerEvaluator.EvaluateTokens(Catalog.Ner, documents, CancellationToken.None).Micro(EntityLabels.Core, "core");

        Assert.True(core.LenientF1 > 0.4, $"lenient F1 {core.LenientF1:F3}");
    }

    [Theory]
    [InlineData("Across Yemen , Houthi fighters advanced .")]
    [InlineData("Beyond Raqqa , the SDF advanced .")]
    [InlineData("Inside Gaza , Hamas fighters regrouped .")]
    public void APrepositionOpeningASentenceIsNoPartOfTheNameAfterIt(string sentence)
    {
        var entities = Catalog.Ner.Tag(sentence.Split(' '));

        Assert.DoesNotContain(entities, e => e.Start == 0);
        Assert.Contains(entities, e => e.Start == 1 && e.Label == EntityLabels.Location);
    }

    [Fact]
    public void StagesAnnotateTheReferenceArticleWithWellFormedLayers()
    {
        var pipeline = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceStage())
            .Add(new PosTaggerStage(Catalog.Pos))
            .Add(new NerStage(Catalog.Ner))
            .Add(new DependencyParserStage(Catalog.Parser))
            .Build();
        var text = File.ReadAllText(RepoPaths.ReferenceArticle);

        var document = pipeline.Run(Document.Create(text, new DocumentMetadata()), CancellationToken.None);

        Assert.All(document.Tokens, t => Assert.Contains(t.Tag, Catalog.Pos.Tags));
        Assert.Contains(document.Mentions, m => m.Source == NerStage.Source && m.Type == EntityType.Person);
        Assert.All(document.Mentions, m =>
        {
            Assert.InRange(m.Span.End, m.Span.Start + 1, text.Length);
            Assert.Equal(m.Text, m.Span.Of(text));
            Assert.InRange(m.Confidence, 0.5, 1.0);
        });
        foreach (var sentence in document.Sentences)
        {
            var tokens = document.TokensOf(sentence);
            Assert.Equal(1, tokens.ToArray().Count(t => t.Head < 0));
            var heads = new int[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                Assert.NotNull(tokens[i].Relation);
                heads[i] = tokens[i].Head < 0 ? -1 : tokens[i].Head - sentence.FirstToken;
                Assert.InRange(heads[i], -1, tokens.Length - 1);
                Assert.NotEqual(i, heads[i]);
            }
            Assert.True(Projectivity.IsProjective(heads));
        }
    }
}
