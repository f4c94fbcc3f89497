using Nexus.Resolution.Tests.Support;

namespace Nexus.Resolution.Tests.ReferenceData;

public sealed class ReferenceLibraryTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private IReadOnlyList<GazetteerEntry> Gazetteer => fixture.Library.Gazetteer;

    private IEnumerable<GazetteerEntry> Entries(string surface) => Gazetteer.Where(e => e.Surface == surface);

    [Theory]
    [InlineData("ISKP", EntityType.Organization)]
    [InlineData("Islamic State Khorasan Province", EntityType.Organization)]
    [InlineData("LeT", EntityType.Organization)]
    [InlineData("Lashkar-e-Taiba", EntityType.Organization)]
    [InlineData("ISI", EntityType.Organization)]
    [InlineData("Inter-Services Intelligence", EntityType.Organization)]
    [InlineData("Milli İstihbarat Teşkilatı", EntityType.Organization)]
    [InlineData("MIT", EntityType.Organization)]
    [InlineData("Baloch National Movement", EntityType.Organization)]
    [InlineData("Taliban", EntityType.Organization)]
    [InlineData("Balochistan", EntityType.Location)]
    [InlineData("Mastung", EntityType.Location)]
    [InlineData("Khuzdar", EntityType.Location)]
    [InlineData("Quetta", EntityType.Location)]
    [InlineData("Pakistani", EntityType.Nationality)]
    [InlineData("Afghan", EntityType.Nationality)]
    [InlineData("Turkish", EntityType.Nationality)]
    [InlineData("Baloch", EntityType.Nationality)]
    public void GazetteerKnowsTheNamedThingsOfTheReferenceArticle(string surface, EntityType type)
    {
        Assert.Contains(surface, File.ReadAllText(RepoPaths.ReferenceArticle), StringComparison.Ordinal);
        Assert.Contains(Entries(surface), e => e.Type == type);
    }

    [Fact]
    public void CuratedSpellingsCarryTheListReference()
    {
        Assert.Contains(Entries("LeT"), e => e.Ref == "un:QDe.118");
        Assert.Contains(Entries("ISKP"), e => e.Ref == "un:QDe.161");
        Assert.Contains(Entries("Tajik"), e => e.Type == EntityType.Nationality && e.Source == "curated");
        Assert.Contains(Entries("Baluchistan"), e => e.Ref == "geonames:1183606" && e.Kind == EntityKind.Region);
        Assert.Contains(Entries("U.S."), e => e.Ref == "country:US" && e.Type == EntityType.Location && e.Kind == EntityKind.Country && e.Canonical == "United States");
    }

    [Fact]
    public void AmbiguousAcronymKeepsEveryMeaning()
    {
        var isi = Entries("ISI").ToList();
        Assert.Contains(isi, e => e.Kind == EntityKind.StateAgency);
        Assert.Contains(isi, e => e.Kind == EntityKind.ArmedGroup);
        Assert.All(isi, e => Assert.True(e.CaseSensitive));
    }

    [Theory]
    [InlineData("Of")]
    [InlineData("Police")]
    [InlineData("Mobile")]
    [InlineData("Lead")]
    [InlineData("Base")]
    [InlineData("AI")]
    [InlineData("Central")]
    [InlineData("Eastern")]
    [InlineData("Western")]
    [InlineData("Upper")]
    [InlineData("New")]
    [InlineData("Greater")]
    [InlineData("Asia")]
    [InlineData("Valley")]
    [InlineData("The Valley")]
    [InlineData("The Base")]
    [InlineData("The Youth")]
    [InlineData("Centre")]
    [InlineData("Island")]
    [InlineData("Rest")]
    public void CommonWordsAreNotSurfaces(string word) => Assert.Empty(Entries(word));

    [Theory]
    [InlineData("Turkey", "country:TR")]
    [InlineData("Nice", "geonames:2990440")]
    [InlineData("Fujian", "geonames:1811017")]
    [InlineData("Bay", "geonames:64538")]
    [InlineData("Djibouti", "geonames:223817")]
    public void PlaceNamesTheCorporaReadAsNamesStay(string surface, string reference) =>
        Assert.Contains(Entries(surface), e => e.Type == EntityType.Location && e.Ref == reference);

    [Fact]
    public void ACountryNameTheCorporaReadAsAnAdjectiveIsItsNationality()
    {
        var saudi = Assert.Single(Entries("Saudi"));
        Assert.Equal((EntityType.Nationality, "country:SA", "Saudi Arabian"), (saudi.Type, saudi.Ref, saudi.Canonical));
        Assert.Contains(Entries("Saudi Arabia"), e => e.Type == EntityType.Location && e.Ref == "country:SA");
    }

    [Theory]
    [InlineData("Togolese", "country:TG")]
    [InlineData("Thai", "country:TH")]
    [InlineData("German", "country:DE")]
    [InlineData("Somali", "country:SO")]
    [InlineData("Indian", "country:IN")]
    [InlineData("American", "country:US")]
    public void ADemonymIsTheNationalityOfOneCountryAndNoPlace(string demonym, string country)
    {
        var entries = Entries(demonym).ToList();
        Assert.DoesNotContain(entries, e => e.Type == EntityType.Location);
        Assert.Equal(country, Assert.Single(entries, e => e.Type == EntityType.Nationality && e.Source == "countries").Ref);
    }

    [Theory]
    [InlineData("Pakistan")]
    [InlineData("Russia")]
    [InlineData("Morocco")]
    public void AListAliasThatIsACountrysNameIsNoOrganisation(string country)
    {
        Assert.DoesNotContain(Entries(country), e => e.Type == EntityType.Organization);
        Assert.Contains(Entries(country), e => e.Type == EntityType.Location && e.Kind == EntityKind.Country);
    }

    [Theory]
    [InlineData("Hodeidah", "geonames:79415")]
    [InlineData("Anbar", "geonames:99592")]
    public void ArabicPlaceNamesAreAlsoFoundWithoutTheirArticle(string surface, string reference)
    {
        Assert.Contains(Entries(surface), e => e.Ref == reference);
        Assert.Equal(reference, fixture.Library.Geocoder.Resolve(surface)?.Ref);
    }

    [Fact]
    public void AnArticleIsNotDroppedWhereAPersonsNameRemains() =>
        Assert.DoesNotContain(Entries("Hussein"), e => e.Type == EntityType.Location);

    [Theory]
    [InlineData("Nice", true)]
    [InlineData("Victoria", false)]
    [InlineData("Quetta", false)]
    [InlineData("Turla", false)]
    public void CaseSensitivityFollowsCorpusUse(string surface, bool caseSensitive)
    {
        var entries = Entries(surface).ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries.Where(e => e.Source != "curated"), e => Assert.Equal(caseSensitive, e.CaseSensitive));
    }

    [Fact]
    public void SurfacesAreCleanSortedAndNeverStartWithThe()
    {
        Assert.All(Gazetteer, e =>
        {
            Assert.Equal(-1, e.Surface.IndexOfAny(['(', ')', '[', ']', ';']));
            Assert.Equal(e.Surface.Trim(), e.Surface);
            Assert.False(e.Surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase));
        });
        Assert.DoesNotContain(Gazetteer, e => e.Surface == "The Taliban");
        for (var i = 1; i < Gazetteer.Count; i++)
        {
            Assert.True(string.CompareOrdinal(Gazetteer[i - 1].Surface, Gazetteer[i].Surface) <= 0, Gazetteer[i].Surface);
        }
    }

    [Fact]
    public void UnRecordKeepsAliasesQualitiesAndLinks()
    {
        var let = fixture.Library.FindRecord("un:QDe.118");
        Assert.NotNull(let);
        Assert.Equal("Lashkar-e-Tayyiba", let.Name);
        Assert.Equal(new DateOnly(2005, 5, 2), let.ListedOn);
        Assert.Equal("Al-Qaida", let.Section);
        Assert.Contains(let.Aliases, a => a.Name == "Jamaat-ud-Dawa" && a.Quality == "aka");
        Assert.Contains(let.Aliases, a => a.Name == "FIF");
        Assert.True(let.Aliases.Length >= 27);
        Assert.Contains("un:QDi.263", let.Linked);

        var saeed = fixture.Library.FindRecord("un:QDi.263");
        Assert.NotNull(saeed);
        Assert.Equal(EntityType.Person, saeed.Type);
        Assert.Contains("PK", saeed.Countries);

        var lj = fixture.Library.FindRecord("un:QDe.096");
        Assert.Equal("Lashkar i Jhangvi", lj?.Name);
        Assert.Contains(lj!.Aliases, a => a.Name == "LJ");
    }

    [Fact]
    public void MispRecordsHaveKindsCountriesAndAcronyms()
    {
        var isi = fixture.Library.FindRecord("misp:1be23e85-bc1a-59d3-a97f-0ae2112e7211");
        Assert.NotNull(isi);
        Assert.Equal(EntityKind.StateAgency, isi.Kind);
        Assert.Equal("PK", Assert.Single(isi.Countries));
        Assert.Contains(isi.Aliases, a => a.Name == "ISI");
        var hekmatyar = fixture.Library.Records.Single(r => r.List == "misp" && r.Name == "Gulbuddin Hekmatyar");
        Assert.Equal(EntityType.Person, hekmatyar.Type);
    }
}
