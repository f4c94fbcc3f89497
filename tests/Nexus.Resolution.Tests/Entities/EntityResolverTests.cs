using Nexus.Resolution.Entities;
using Nexus.Resolution.Tests.Support;

namespace Nexus.Resolution.Tests.Entities;

public sealed class EntityResolverTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private static readonly DateOnly Published = new(2026, 2, 27);

    private readonly EntityResolver resolver = new(fixture.Library);

    private static (string, DocumentEntity, DateOnly?) E(string doc, string key, EntityType type, string name, EntityKind? kind = null, DateOnly? published = null, params string[] aliases) =>
        ("sha256:" + doc, new DocumentEntity { Key = key, Type = type, Kind = kind, Name = name, Aliases = [.. aliases] }, published ?? Published);

    private static Entity EntityOf(ResolutionResult result, string doc, string key) =>
        result.Entities.Single(e => e.Id == result.Memberships.Single(m => m.Member == new DocumentEntityRef("sha256:" + doc, key)).EntityId);

    [Fact]
    public void SamePersonWrittenThreeWaysIsOneEntity()
    {
        var result = resolver.Resolve(
        [
            E("d1", "e1", EntityType.Person, "Rana Mohammad Ashfaq"),
            E("d2", "e4", EntityType.Person, "Rana Muhammad Ashfaq"),
            E("d3", "e2", EntityType.Person, "R. M. Ashfaq"),
        ], []);
        var entity = Assert.Single(result.Entities);
        Assert.Equal(3, result.Memberships.Count(m => m.EntityId == entity.Id));
        Assert.Contains(result.Memberships, m => m.Reason.Contains("similar name", StringComparison.Ordinal) && m.Score < 1);
    }

    [Fact]
    public void TwoPeopleWhoShareASurnameStayApart()
    {
        var result = resolver.Resolve(
        [
            E("d1", "e1", EntityType.Person, "Naseem Baloch"),
            E("d2", "e1", EntityType.Person, "Karima Baloch"),
            E("d3", "e1", EntityType.Person, "Hafiz Saeed Khan"),
            E("d4", "e1", EntityType.Person, "Hafiz Muhammad Saeed"),
        ], []);
        Assert.Equal(4, result.Entities.Count);
    }

    [Fact]
    public void APersonIsNotLinkedToAListedNamesakeThroughHisShortName()
    {
        var result = resolver.Resolve(
        [
            E("d1", "e1", EntityType.Person, "Hamadou Ag Moussa", aliases: "Ag Moussa"),
            E("d2", "e1", EntityType.Person, "Bah Ag Moussa"),
        ], []);
        Assert.DoesNotContain("un:QDi.424", EntityOf(result, "d1", "e1").Refs);
        Assert.Contains("un:QDi.424", EntityOf(result, "d2", "e1").Refs);
        Assert.NotEqual(EntityOf(result, "d1", "e1").Id, EntityOf(result, "d2", "e1").Id);
    }

    [Fact]
    public void SpellingsOfLashkarETayyibaJoinAndCarryTheUnReference()
    {
        var result = resolver.Resolve(
        [
            E("d1", "e1", EntityType.Organization, "Lashkar-e-Taiba", EntityKind.ArmedGroup, null, "LeT"),
            E("d2", "e3", EntityType.Organization, "LeT"),
            E("d3", "e2", EntityType.Organization, "Jamaat ud Dawa"),
            E("d3", "e5", EntityType.Organization, "Lashkar-e-Jhangvi"),
        ], []);
        var let = EntityOf(result, "d1", "e1");
        Assert.Contains("un:QDe.118", let.Refs);
        Assert.Equal(let.Id, EntityOf(result, "d2", "e3").Id);
        Assert.Equal(let.Id, EntityOf(result, "d3", "e2").Id);
        Assert.NotEqual(let.Id, EntityOf(result, "d3", "e5").Id);
        Assert.DoesNotContain("un:QDe.118", EntityOf(result, "d3", "e5").Refs);
        Assert.Contains(result.Memberships, m => m.Member.Key == "e3" && m.Reason.Contains("un:QDe.118", StringComparison.Ordinal));
    }

    [Fact]
    public void IsiIsReadByItsDocumentsContext()
    {
        var result = resolver.Resolve(
        [
            E("pk", "e1", EntityType.Organization, "ISI"),
            E("pk", "e2", EntityType.Location, "Quetta"),
            E("pk", "e3", EntityType.Nationality, "Pakistani"),
            E("iq", "e1", EntityType.Organization, "ISI", published: new DateOnly(2010, 5, 1)),
            E("iq", "e2", EntityType.Location, "Baghdad", published: new DateOnly(2010, 5, 1)),
        ], []);
        var agency = EntityOf(result, "pk", "e1");
        var group = EntityOf(result, "iq", "e1");
        Assert.NotEqual(agency.Id, group.Id);
        Assert.Contains("misp:1be23e85-bc1a-59d3-a97f-0ae2112e7211", agency.Refs);
        Assert.Contains("un:QDe.115", group.Refs);
        Assert.Contains(result.Memberships, m => m.Member.DocumentId == "sha256:pk" && m.Member.Key == "e1" && m.Reason.Contains("by context", StringComparison.Ordinal));
    }

    [Fact]
    public void LocationsAreGeocodedWithTheirAdminChain()
    {
        var result = resolver.Resolve([E("d1", "e1", EntityType.Location, "Mastung")], []);
        var mastung = Assert.Single(result.Entities);
        Assert.Contains("geonames:1170706", mastung.Refs);
        Assert.Contains("within:geonames:1183606", mastung.Refs);
        Assert.Contains("within:country:PK", mastung.Refs);
        Assert.NotNull(mastung.Coordinates);
        Assert.InRange(mastung.Coordinates.Value.Latitude, 29, 30.5);
    }

    [Fact]
    public void GeocoderOverridesTheMentionStagesPickAmongSameNamedPlaces()
    {
        var kabul = ("sha256:d1", new DocumentEntity { Key = "e1", Type = EntityType.Location, Kind = EntityKind.Region, Name = "Kabul", Refs = ["geonames:1138957"] }, (DateOnly?)Published);
        var result = resolver.Resolve([kabul, E("d1", "e2", EntityType.Nationality, "Afghan")], []);
        var city = EntityOf(result, "d1", "e1");
        Assert.Equal(EntityKind.City, city.Kind);
        Assert.Contains("geonames:1138958", city.Refs);
        Assert.DoesNotContain("geonames:1138957", city.Refs);
        Assert.Null(EntityOf(result, "d1", "e2").Kind);
        Assert.Contains("country:AF", EntityOf(result, "d1", "e2").Refs);
    }

    [Fact]
    public void ADemonymSeveralCountriesShareNamesTheMostPopulous()
    {
        var result = resolver.Resolve([E("d1", "e1", EntityType.Nationality, "Indian"), E("d1", "e2", EntityType.Nationality, "Americans")], []);
        Assert.Equal(["country:IN"], EntityOf(result, "d1", "e1").Refs.AsEnumerable());
        Assert.Equal(["country:US"], EntityOf(result, "d1", "e2").Refs.AsEnumerable());
    }

    [Fact]
    public void TypesNeverMerge()
    {
        var result = resolver.Resolve(
        [
            E("d1", "e1", EntityType.Nationality, "Baloch"),
            E("d2", "e1", EntityType.Organization, "Baloch"),
        ], []);
        Assert.Equal(2, result.Entities.Count);
    }

    [Fact]
    public void ResultDoesNotDependOnInputOrder()
    {
        var input = new[]
        {
            E("d1", "e1", EntityType.Person, "Rana Mohammad Ashfaq"),
            E("d2", "e1", EntityType.Person, "R. M. Ashfaq"),
            E("d1", "e2", EntityType.Organization, "Lashkar-e-Taiba"),
            E("d2", "e2", EntityType.Organization, "LeT"),
            E("d3", "e1", EntityType.Location, "Quetta"),
            E("d3", "e2", EntityType.Organization, "ISI"),
            E("d3", "e3", EntityType.Person, "Mir Shafiq Mengal", aliases: "Mengal"),
        };
        var forward = resolver.Resolve(input, []);
        var backward = resolver.Resolve(input.Reverse(), []);
        Assert.Equal(forward.Entities.Select(e => (e.Id, e.Name, string.Join(",", e.Refs))), backward.Entities.Select(e => (e.Id, e.Name, string.Join(",", e.Refs))));
        Assert.Equal(forward.Memberships, backward.Memberships);
    }

    [Fact]
    public void DuplicateDocumentEntityIsOneClearError()
    {
        var e = Assert.Throws<ArgumentException>(() => resolver.Resolve([E("d1", "e1", EntityType.Person, "A B"), E("d1", "e1", EntityType.Person, "C D")], []));
        Assert.Contains("sha256:d1#e1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CurationsAreReplayedOverTheAutomaticResult()
    {
        var input = new[]
        {
            E("d1", "e1", EntityType.Person, "Rana Mohammad Ashfaq"),
            E("d2", "e1", EntityType.Person, "Rana Muhammad Ashfaq"),
            E("d3", "e1", EntityType.Person, "Abu Talha"),
            E("d4", "e1", EntityType.Person, "Saifullah Kasuri"),
        };
        var automatic = resolver.Resolve(input, []);
        Assert.Equal(3, automatic.Entities.Count);
        var at = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var curations = new[]
        {
            new Curation { Id = "c1", Action = CurationAction.Merge, Targets = ["Rana Muhammad Ashfaq", "Abu Talha"], Reason = "kunya of Ashfaq", At = at },
            new Curation { Id = "c2", Action = CurationAction.Rename, Targets = ["Abu Talha"], Value = "Rana Mohammad Ashfaq (Abu Talha)", At = at.AddMinutes(1) },
            new Curation { Id = "c3", Action = CurationAction.Split, Targets = ["sha256:d2#e1"], Reason = "a namesake", At = at.AddMinutes(2) },
        };
        var curated = resolver.Resolve(input, curations);
        var ashfaq = EntityOf(curated, "d1", "e1");
        Assert.Equal("Rana Mohammad Ashfaq (Abu Talha)", ashfaq.Name);
        Assert.Equal(ashfaq.Id, EntityOf(curated, "d3", "e1").Id);
        Assert.NotEqual(ashfaq.Id, EntityOf(curated, "d2", "e1").Id);
        Assert.Contains(curated.Memberships, m => m.Member.DocumentId == "sha256:d3" && m.Reason.StartsWith("analyst merge c1: kunya", StringComparison.Ordinal));
        Assert.Contains(curated.Memberships, m => m.Member.DocumentId == "sha256:d2" && m.Reason.StartsWith("analyst split c3", StringComparison.Ordinal));
    }

    [Fact]
    public void CurationsNamingMembersFollowThemWhenMoreDocumentsChangeTheEntity()
    {
        var at = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var curations = new[]
        {
            new Curation { Id = "c1", Action = CurationAction.Merge, Targets = ["sha256:d1#e1", "sha256:d2#e1"], At = at },
            new Curation { Id = "c2", Action = CurationAction.Rename, Targets = ["sha256:d1#e1"], Value = "Ashfaq (Abu Talha)", At = at.AddMinutes(1) },
        };
        var first = resolver.Resolve([E("d1", "e1", EntityType.Person, "Abu Talha"), E("d2", "e1", EntityType.Person, "Rana Mohammad Ashfaq")], curations);
        var later = resolver.Resolve(
        [
            E("d1", "e1", EntityType.Person, "Abu Talha"),
            E("d2", "e1", EntityType.Person, "Rana Mohammad Ashfaq"),
            E("d3", "e1", EntityType.Person, "Rana Muhammad Ashfaq"),
            E("d4", "e1", EntityType.Person, "Abu Talha Kashmiri"),
            E("d5", "e1", EntityType.Person, "Hafiz Muhammad Saeed"),
        ], curations);

        Assert.Equal("Ashfaq (Abu Talha)", Assert.Single(first.Entities).Name);
        var entity = EntityOf(later, "d1", "e1");
        Assert.Equal("Ashfaq (Abu Talha)", entity.Name);
        Assert.Equal(entity.Id, EntityOf(later, "d2", "e1").Id);
        Assert.Equal(entity.Id, EntityOf(later, "d3", "e1").Id);
        Assert.NotEqual(entity.Id, EntityOf(later, "d4", "e1").Id);
        Assert.NotEqual(entity.Id, EntityOf(later, "d5", "e1").Id);
    }
}
