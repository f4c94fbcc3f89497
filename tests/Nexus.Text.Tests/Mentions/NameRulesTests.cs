using Nexus.Text.Tests.Support;

namespace Nexus.Text.Tests.Mentions;

/// <summary>The name rules over bodies named through a country, places, operations and offices (lists and rules only).</summary>
public sealed class NameRulesTests
{
    private static Mention MentionOf(AnnotatedDocument document, string text) =>
        Assert.Single(document.Mentions, m => m.Text == text);

    [Theory]
    [InlineData("Officials said the Government of Iraq asked for help.", "Government of Iraq", EntityKind.Government)]
    [InlineData("The Federal Government of Iraq asked for help.", "Federal Government of Iraq", EntityKind.Government)]
    [InlineData("Officials said the government of Iraq asked for help.", "government of Iraq", EntityKind.Government)]
    [InlineData("Officials said the armed forces of Iraq advanced.", "armed forces of Iraq", EntityKind.StateAgency)]
    [InlineData("Officials said the Iraqi government asked for help.", "Iraqi government", EntityKind.Government)]
    [InlineData("Officials said Iraq's government asked for help.", "Iraq's government", EntityKind.Government)]
    [InlineData("Officials said the Syrian regime bombed the town.", "Syrian regime", EntityKind.Government)]
    [InlineData("Officials said Russian forces bombed the town.", "Russian forces", EntityKind.StateAgency)]
    [InlineData("Officials said Iraqi service members crossed the river.", "Iraqi service members", EntityKind.StateAgency)]
    [InlineData("Officials said Afghan soldiers crossed the river.", "Afghan soldiers", EntityKind.StateAgency)]
    [InlineData("Officials said the Assad regime bombed the town.", "Assad regime", EntityKind.Government)]
    [InlineData("Officials said Assad's brutal regime bombed the town.", "Assad's brutal regime", EntityKind.Government)]
    [InlineData("Officials said the Obama administration agreed.", "Obama administration", EntityKind.Government)]
    public void AStateBodyNamedThroughItsCountryOrLeaderIsAnOrganisation(string text, string name, EntityKind kind)
    {
        var document = Extract.Run(text);

        var body = MentionOf(document, name);
        Assert.Equal((EntityType.Organization, kind), (body.Type, body.Kind));
        Assert.DoesNotContain(document.Mentions, m => m.Type is EntityType.Location or EntityType.Nationality);
    }

    [Fact]
    public void AKindOfWeaponIsAMentionButWeaponsInGeneralAreNot()
    {
        const string text = "The group received weapons, arms and rifles from its sponsor. Weapons reached Quetta.";
        foreach (var document in new[] { Extract.Run(text), Extract.RunParsed(text) })
        {
            Assert.Equal(EntityType.Weapon, MentionOf(document, "rifles").Type);
            Assert.DoesNotContain(document.Mentions, m => m.Text is "weapons" or "Weapons" or "arms");
        }
    }

    [Fact]
    public void ACountryNamedAsAPlaceOrActingStaysOneCountry()
    {
        var document = Extract.Run("Iraq said the Government of Iraq would return to Iraq.");

        var countries = document.Mentions.Where(m => m.Text == "Iraq").ToList();
        Assert.Equal(2, countries.Count);
        Assert.All(countries, m => Assert.Equal((EntityType.Location, EntityKind.Country), (m.Type, m.Kind)));
        Assert.Single(document.Entities, e => e.Type == EntityType.Location);
        Assert.Equal(EntityType.Organization, MentionOf(document, "Government of Iraq").Type);
    }

    [Theory]
    [InlineData("Near Huwayjah Tahta, Coalition forces struck two units.", "Huwayjah Tahta", EntityType.Location)]
    [InlineData("Strikes hit fighters in Anbar Province yesterday.", "Anbar Province", EntityType.Location)]
    [InlineData("Strikes under Operation Inherent Resolve went on.", "Operation Inherent Resolve", EntityType.Event)]
    [InlineData("Troops joined Exercise Quetta Shield this week.", "Exercise Quetta Shield", EntityType.Event)]
    [InlineData("Strikes by Coalition forces hit Quetta.", "Coalition forces", EntityType.Organization)]
    [InlineData("The Foreign Secretary said the talks went on.", "Foreign Secretary", EntityType.Person)]
    public void ContextTypesAnUnlistedName(string text, string name, EntityType type)
    {
        var document = Extract.Run(text);

        Assert.Equal(type, MentionOf(document, name).Type);
    }

    [Theory]
    [InlineData("Officials met Dayr Zayr Tamer there.")]
    [InlineData("Reporters saw Al Huwayjah from the road.")]
    [InlineData("Talks with Defence Secretaries went on.")]
    public void NoWeakPersonGuessForPlacesOrTitles(string text)
    {
        var document = Extract.Run(text);

        Assert.DoesNotContain(document.Mentions, m => m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Tankers of the 412th Air Refueling Wing landed.", "412th Air Refueling Wing")]
    [InlineData("The 3rd Fighter Squadron landed.", "3rd Fighter Squadron")]
    [InlineData("Sgt. Ali Noor was assigned to 4th Battalion, 12th Infantry Regiment, in May.", "4th Battalion")]
    [InlineData("Sgt. Ali Noor was assigned to Mine Countermeasures Mobile Unit Three in May.", "Mine Countermeasures Mobile Unit Three")]
    public void AUnitsNumberIsPartOfItsName(string text, string name)
    {
        Assert.Equal(EntityType.Organization, MentionOf(Extract.Run(text), name).Type);
    }

    [Fact]
    public void ARankBeforeANameIsNoPartOfIt()
    {
        var document = Extract.Run("Petty Officer Dana Morrow said the ship sailed.");

        Assert.Equal(EntityType.Person, MentionOf(document, "Dana Morrow").Type);
    }

    [Fact]
    public void AnInvisibleMarkBesideANameIsNoPartOfIt()
    {
        // U+200E (left-to-right mark), as pages copied from the web carry it after a title or a place.
        const string text = "Foreign Minister\u200E Omar Haddad met officials in Anbar\u200E, officials said.";
        foreach (var document in new[] { Extract.Run(text), Extract.RunParsed(text) })
        {
            Assert.Equal(EntityType.Person, MentionOf(document, "Omar Haddad").Type);
            Assert.Equal(EntityType.Location, MentionOf(document, "Anbar").Type);
        }
    }

    [Theory]
    [InlineData("Reserve pilots flew from Fort Halder, Texas, on Monday.", "Fort Halder")]
    [InlineData("Fighters seized trucks from Rusafa Military Airfield on Monday.", "Rusafa Military Airfield")]
    [InlineData("Crews landed at Kadhimi Air Base on Monday.", "Kadhimi Air Base")]
    [InlineData("Envoys met at the Kadhimi Museum on Monday.", "Kadhimi Museum")]
    public void ASiteIsAPlace(string text, string name)
    {
        var site = MentionOf(Extract.Run(text), name);

        Assert.Equal((EntityType.Location, EntityKind.Facility), (site.Type, site.Kind));
    }

    [Fact]
    public void ANameDescribedByATitleIsAPerson()
    {
        Assert.Equal(EntityType.Person, MentionOf(Extract.Run("Mastung Khan, the Special Advisor for the region, arrived."), "Mastung Khan").Type);
        Assert.DoesNotContain(Extract.Run("On Thanksgiving Day, Defense Secretary Omar Haddad spoke.").Mentions, m => m.Text == "Thanksgiving Day");
    }
}
