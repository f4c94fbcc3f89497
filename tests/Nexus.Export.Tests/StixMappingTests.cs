using System.Text.Json.Nodes;
using Nexus.Export.Stix;
using Nexus.Export.Tests.Support;

namespace Nexus.Export.Tests;

public sealed class StixMappingTests
{
    private static readonly Lazy<StixSchemas> Schemas = new(() => new StixSchemas());

    private readonly JsonObject bundle = StixExporter.Export(HandBuilt.Snapshot());

    [Fact]
    public void TheHandBuiltBundleValidatesAndEveryReferenceResolves()
    {
        var objects = StixBundles.Objects(bundle);
        var ids = objects.Select(o => o["id"]!.GetValue<string>()).ToHashSet();

        Assert.Empty(objects.SelectMany(o => Schemas.Value.ErrorsOf(o).Select(e => o["id"] + ": " + e)));
        Assert.DoesNotContain(StixBundles.References(bundle), r => !ids.Contains(r.Id));
    }

    [Fact]
    public void EntitiesMapByKindDesignationAndReferenceList()
    {
        Assert.Equal(["terrorist"], Types(Named("Group A")));
        Assert.Equal(["unknown"], Types(Named("Group B")));
        Assert.Equal("intrusion-set", Named("Hacker Team C")["type"]!.GetValue<string>());
        var karachi = Named("Karachi");
        Assert.Equal(("location", "PK", "Karachi"), (karachi["type"]!.GetValue<string>(), karachi["country"]!.GetValue<string>(), karachi["city"]!.GetValue<string>()));
        var person = Named("Person D");
        Assert.Equal(("identity", "individual"), (person["type"]!.GetValue<string>(), person["identity_class"]!.GetValue<string>()));
        Assert.Null(person["x_nexus_entity_id"]);
    }

    [Fact]
    public void ConfidenceComesFromTheGradeAndOnlyFromIt()
    {
        var alliance = Relationship("allied-with");
        var operates = Relationship("operates-in");

        Assert.Equal(70, alliance["confidence"]!.GetValue<int>());
        Assert.Equal("C2", alliance["x_nexus_grade"]!.GetValue<string>());
        Assert.Null(operates["confidence"]);
        Assert.Equal("B6", operates["x_nexus_grade"]!.GetValue<string>());
        Assert.Contains("alleged that", alliance["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("alleged", alliance["x_nexus_modality"]!.GetValue<string>());
        Assert.Equal(Named("Indian dossier")["id"]!.GetValue<string>(), alliance["x_nexus_holder_ref"]!.GetValue<string>());
    }

    [Fact]
    public void AnUngradedExportCarriesNoConfidence()
    {
        var ungraded = StixExporter.Export(HandBuilt.Snapshot() with { Assertions = [] });

        Assert.All(StixBundles.OfType(ungraded, "relationship"), r => Assert.Null(r["confidence"]));
    }

    [Fact]
    public void AOnePlaceClaimBecomesANoteOnItsSubject()
    {
        var note = StixBundles.OfType(bundle, "note").Single(n => n["x_nexus_predicate"]?.GetValue<string>() == "died");

        Assert.Equal([Named("Person D")["id"]!.GetValue<string>()], note["object_refs"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.StartsWith("Unnamed sources reported that Person D died", note["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void CurationsBecomeOpinionsAndNotes()
    {
        var opinion = Assert.Single(StixBundles.OfType(bundle, "opinion"));
        var merge = StixBundles.OfType(bundle, "note").Single(n => n["x_nexus_curation_id"] is not null);

        Assert.Equal("strongly-agree", opinion["opinion"]!.GetValue<string>());
        Assert.Equal([Relationship("allied-with")["id"]!.GetValue<string>()], opinion["object_refs"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("merge", merge["x_nexus_action"]!.GetValue<string>());
        Assert.Equal("2024-06-02T08:00:00.000Z", merge["created"]!.GetValue<string>());
    }

    [Fact]
    public void EveryObjectIsMarkedWithItsDocumentsTlp()
    {
        var green = TlpMarkings.IdOf(TlpMarking.Green);

        Assert.All(StixBundles.Objects(bundle).Where(o => o["x_nexus_document_id"] is not null || o["x_nexus_entity_id"] is not null),
            o => Assert.Equal([green], o["object_marking_refs"]!.AsArray().Select(r => r!.GetValue<string>())));
        Assert.Single(StixBundles.OfType(bundle, "marking-definition"), m => m["id"]!.GetValue<string>() == green);
    }

    [Fact]
    public void TheSameSnapshotGivesTheSameBytes()
    {
        Assert.Equal(bundle.ToJsonString(), StixExporter.Export(HandBuilt.Snapshot()).ToJsonString());
    }

    [Fact]
    public void EveryPredicateReadsInEnglishAndComesBackFromItsRelationshipType()
    {
        foreach (var predicate in Enum.GetValues<Predicate>())
        {
            Assert.NotEmpty(Nexus.Export.Statements.PredicatePhrase.Of(predicate).Heading);
            Assert.Equal(predicate, StixVocabulary.PredicateOf(StixVocabulary.RelationshipType(predicate)));
        }
    }

    [Fact]
    public void UuidV5MatchesTheRfcExample()
    {
        Assert.Equal(new Guid("886313e1-3b8a-5372-9b90-0c9aee199e5d"), StixIds.UuidV5(new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"));
    }

    [Fact]
    public void AnotherProducersBundleComesInAsReportedClaims()
    {
        using var file = File.OpenRead(RepoPaths.SharedData("stix2-schemas", "examples", "threat-reports", "apt1.json"));
        var plan = StixImporter.Read(file);

        var document = Assert.Single(plan.Documents);
        Assert.NotEmpty(document.Claims);
        Assert.True(plan.Ignored > 0);
        Assert.All(document.Claims, c =>
        {
            Assert.Equal(Modality.Reported, c.Modality);
            Assert.StartsWith(document.Entities.Single(e => e.Key == c.Subject).Name + " ", c.Evidence.Of(document.Text), StringComparison.Ordinal);
            Assert.Equal(HolderKind.Document, c.Holder.Kind);
        });
        Assert.StartsWith("APT1: Exposing One of China's Cyber Espionage Units", document.Text, StringComparison.Ordinal);
    }

    private JsonObject Named(string name) => StixBundles.Objects(bundle).Single(o => o["name"]?.GetValue<string>() == name);

    private JsonObject Relationship(string type) => StixBundles.OfType(bundle, "relationship").Single(r => r["relationship_type"]!.GetValue<string>() == type);

    private static string[] Types(JsonObject actor) => [.. actor["threat_actor_types"]!.AsArray().Select(t => t!.GetValue<string>())];
}
