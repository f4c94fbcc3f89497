using Nexus.Resolution.Geocoding;
using Nexus.Resolution.Tests.Support;

namespace Nexus.Resolution.Tests.Geocoding;

public sealed class GeocoderTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    private readonly Geocoder geocoder = fixture.Library.Geocoder;

    [Fact]
    public void MastungHasItsAdminChain()
    {
        var mastung = geocoder.Resolve("Mastung");
        Assert.NotNull(mastung);
        Assert.Equal("geonames:1170706", mastung.Ref);
        Assert.Equal(["Mastung", "Mastung District", "Balochistan", "Pakistan"], geocoder.Chain(mastung).Select(p => p.Name));
        Assert.NotNull(mastung.Coordinates);
    }

    [Fact]
    public void CityComesBeforeTheDistrictOfTheSameName()
    {
        var quetta = geocoder.Lookup("Quetta");
        Assert.Equal(EntityKind.City, quetta[0].Kind);
        Assert.Contains(quetta, p => p.Kind == EntityKind.District);
    }

    [Theory]
    [InlineData("Baluchistan", "geonames:1183606")]
    [InlineData("Khuzdar", "geonames:1173664")]
    [InlineData("Pakistan", "country:PK")]
    [InlineData("Shalkot", "geonames:1167528")]
    public void SpellingsResolve(string name, string reference) => Assert.Equal(reference, geocoder.Resolve(name)?.Ref);

    [Fact]
    public void ContextCountryBreaksTies()
    {
        Assert.Equal("PK", geocoder.Resolve("Punjab", ["PK"])?.CountryCode);
        Assert.Equal("IN", geocoder.Resolve("Punjab", ["IN"])?.CountryCode);
    }

    [Fact]
    public void DivisionWordAsksForTheDivision()
    {
        Assert.Equal(EntityKind.City, geocoder.Resolve("Kabul")?.Kind);
        Assert.Equal("geonames:1138957", geocoder.Resolve("Kabul province")?.Ref);
    }

    [Fact]
    public void UnknownPlaceGivesNothing() => Assert.Empty(geocoder.Lookup("Nowhereabad Xyzzy"));
}
