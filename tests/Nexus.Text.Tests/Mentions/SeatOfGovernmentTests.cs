using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Mentions;

/// <summary>A capital that acts is its country's government; a capital where something happens stays the city.</summary>
public sealed class SeatOfGovernmentTests
{
    public static TheoryData<string, string, Predicate, string> Acting => new()
    {
        { "Tehran has long armed the Houthis.", "Iran", Predicate.Supplied, "Houthis" },
        { "Lashkar-e-Tayyiba was backed by Islamabad for years.", "Pakistan", Predicate.Sponsors, "Lashkar-e-Tayyiba" },
        { "Islamabad's support for Lashkar-e-Tayyiba is well documented.", "Pakistan", Predicate.Sponsors, "Lashkar-e-Tayyiba" },
        { "Kabul accused Islamabad of backing the Taliban.", "Pakistan", Predicate.Sponsors, "Taliban" },
        { "Moscow backs the Houthis.", "Russia", Predicate.Sponsors, "Houthis" },
    };

    [Theory]
    [MemberData(nameof(Acting))]
    public void ACapitalThatActsIsItsCountry(string text, string country, Predicate predicate, string obj)
    {
        foreach (var document in new[] { Extract.Run(text), Extract.RunParsed(text) })
        {
            var claim = document.Single(country, predicate, obj);
            var entity = document.Entities.Single(e => e.Key == claim.Subject);
            Assert.Equal((EntityType.Location, EntityKind.Country), (entity.Type, entity.Kind));
            Assert.Contains(entity.Refs, r => r.StartsWith("country:", StringComparison.Ordinal));
            Assert.DoesNotContain(document.Entities, e => e.Kind == EntityKind.City);
        }
    }

    [Theory]
    [InlineData("The attack in Kabul killed 30 people, and Kabul was attacked again in May.")]
    [InlineData("Abdul Rahman met the Taliban in Islamabad.")]
    [InlineData("The bombing in Islamabad claimed by the Taliban killed 9 people.")]
    [InlineData("The Kabul attack killed 30 people, and the Islamabad strikes shocked the Taliban.")]
    public void ACapitalWhereSomethingHappensStaysTheCity(string text)
    {
        foreach (var document in new[] { Extract.Run(text), Extract.RunParsed(text) })
        {
            Assert.DoesNotContain(document.Entities, e => e.Kind == EntityKind.Country);
            Assert.Contains(document.Entities, e => e.Kind == EntityKind.City);
        }
    }

    [Fact]
    public void TheCityAndItsGovernmentAreTwoNodes()
    {
        var document = Extract.Run("Islamabad denied that Lashkar-e-Tayyiba trained ISKP fighters in Islamabad.");

        var claim = document.Single("Lashkar-e-Tayyiba", Predicate.Trained, "Islamic State Khorasan Province");
        Assert.Equal("Pakistan", document.NameOf(claim.Holder.Entity));
        Assert.Equal(2, document.Entities.Count(e => e.Aliases.Contains("Islamabad") || e.Name == "Islamabad"));
    }
}
