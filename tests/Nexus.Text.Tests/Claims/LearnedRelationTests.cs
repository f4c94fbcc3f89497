using Nexus.Resolution.ReferenceData;
using Nexus.Testing;
using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Claims.Learned;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Nexus.Text.Models.Training;
using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Claims;

/// <summary>
/// The learned relation reader (models/relations.nxm): it only adds pairs no pattern links, its claims keep their
/// predicate's signature and the attribution of their sentence, and its training is reproducible.
/// </summary>
public sealed class LearnedRelationTests
{
    private static readonly Lazy<AnnotatedDocument> Reference = new(() =>
        TextPipelines.Default(new GazetteerMatcher(ReferenceLibrary.LoadEmbedded().Gazetteer), new ModelCatalog()).Build()
            .Run(Document.Create(File.ReadAllText(RepoPaths.ReferenceArticle), new DocumentMetadata()), CancellationToken.None));

    [Fact]
    public void LearnedClaimsLinkOnlyPairsNoPatternLinksAndFitTheirPredicate()
    {
        var document = Reference.Value;
        var learned = document.Claims.Where(c => c.Pattern == LearnedRelations.Pattern).ToList();
        Assert.All(learned, claim =>
        {
            Assert.DoesNotContain(document.Claims, other => other.Pattern != LearnedRelations.Pattern && other.Evidence == claim.Evidence
                && (other.Subject == claim.Subject && other.Object == claim.Object || other.Subject == claim.Object && other.Object == claim.Subject));
            var info = Ontology.Describe(claim.Predicate);
            Assert.NotNull(claim.Object);
            Assert.NotEqual(claim.Subject, claim.Object);
            Assert.True(TypesOf(document, claim.Subject).Any(info.Subjects.Contains), $"{claim.Predicate} does not take its subject's type.");
            Assert.True(TypesOf(document, claim.Object!).Any(info.Objects.Contains), $"{claim.Predicate} does not take its object's type.");
            Assert.NotNull(claim.Trigger);
            Assert.True(claim.Evidence.Contains(claim.Trigger!.Value), "A learned claim's trigger lies outside its sentence.");
        });
    }

    // A country acts as an organisation.
    private static EntityType[] TypesOf(AnnotatedDocument document, string key) => document.Entity(key) switch
    {
        { Type: EntityType.Location, Kind: EntityKind.Country } => [EntityType.Location, EntityType.Organization],
        { } entity => [entity.Type],
        null => [],
    };

    [Fact]
    public void PlacesInAListAreNotPutInsideOneAnother()
    {
        var document = Extract.RunParsed(
            "Security analysts warn that the alignment threatens to further destabilize Balochistan and Afghanistan while also risking a renewed cycle of violence in Kashmir.");

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.LocatedIn);
    }

    [Fact]
    public void PlacesInACommaListOrBesideAnotherAreNotPutInsideIt()
    {
        var listed = Extract.RunWithMentions(
            "Near Sirte, 12 strikes destroyed six fuel stills, three supply caches, two bridges, a tank, and a mortar.",
            ("Sirte", "Location"), ("three supply caches", "Location"), ("two bridges", "Location"));
        var beside = Extract.RunWithMentions(
            "The project will help preserve the ancient city located south of Tripoli.",
            ("the ancient city", "Location"), ("Tripoli", "Location"));

        Assert.Empty(listed.Between("three supply caches", Predicate.LocatedIn, "two bridges"));
        Assert.Empty(beside.Between("the ancient city", Predicate.LocatedIn, "Tripoli"));
    }

    [Fact]
    public void AClaimTheLearnedReaderAddsKeepsTheAttributionOfItsSentence()
    {
        var document = Reference.Value;
        foreach (var claim in document.Claims.Where(c => c.Pattern == LearnedRelations.Pattern))
        {
            var sentence = claim.Evidence.Of(document.Text);
            if (sentence.Contains("reportedly", StringComparison.Ordinal) || sentence.Contains("allegedly", StringComparison.Ordinal)
                || sentence.Contains(" warn", StringComparison.Ordinal) || sentence.Contains("According to", StringComparison.Ordinal))
            {
                Assert.NotEqual(Modality.Asserted, claim.Modality);
            }
        }
    }

    [Fact]
    public void TrainingIsReproducible()
    {
        var texts = Re3dRelationCorpus.Read(RepoPaths.SharedData("re3d", "Australian Department of Foreign Affairs"));
        var gazetteer = new GazetteerMatcher(ReferenceLibrary.LoadEmbedded().Gazetteer);
        var pipeline = RelationEvaluator.WithGoldMentions(TextPipelines.BeforeClaims(gazetteer, new ModelCatalog()), texts).Build();
        var options = new TrainingOptions { Epochs = 3 };

        byte[] Train()
        {
            using var stream = new MemoryStream();
            RelationTrainer.Train(texts, pipeline, options, "test", null, CancellationToken.None).Save(stream);
            return stream.ToArray();
        }

        var first = Train();
        Assert.Equal(first, Train());
        using var saved = new MemoryStream(first);
        var model = RelationModel.Load(saved);
        Assert.True(model.FeatureCount > 0, "The trained relation model has no features.");
        Assert.Equal(RelationTrainer.Threshold, model.Threshold);
    }
}
