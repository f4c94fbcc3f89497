using Nexus.Text.Models.Ner;

namespace Nexus.Text.Tests.Models;

public sealed class MentionReconcilerTests
{
    private static Mention M(int start, int end, EntityType type, string source, double confidence = 0.9, string? reference = null) => new()
    {
        Span = new TextSpan(start, end),
        Text = new string('x', end - start),
        Type = type,
        Confidence = confidence,
        Source = source,
        Refs = reference is null ? [] : [reference],
    };

    [Fact]
    public void SameSpanTakesTheGazetteerTypeAndRefs()
    {
        var merged = MentionReconciler.Reconcile([M(0, 4, EntityType.Organization, NerStage.Source, 0.97), M(0, 4, EntityType.Organization, "gazetteer", 0.8, "un:QDe.118")]);

        var mention = Assert.Single(merged);
        Assert.Equal(["un:QDe.118"], mention.Refs.ToArray());
        Assert.Equal(0.97, mention.Confidence);
        Assert.Equal("gazetteer+model:ner", mention.Source);
    }

    [Fact]
    public void ModelFindsNamesTheGazetteerDoesNotKnow()
    {
        var merged = MentionReconciler.Reconcile([M(0, 4, EntityType.Person, NerStage.Source), M(10, 14, EntityType.Location, "gazetteer")]);

        Assert.Equal(2, merged.Length);
    }

    [Fact]
    public void LongerGazetteerNameWinsOverAModelFragment()
    {
        var merged = MentionReconciler.Reconcile([M(0, 7, EntityType.Organization, NerStage.Source), M(0, 20, EntityType.Organization, "gazetteer")]);

        Assert.Equal("gazetteer", Assert.Single(merged).Source);
    }

    [Fact]
    public void AListOrRuleMentionInsideALongerModelSpanIsKept()
    {
        var merged = MentionReconciler.Reconcile([M(0, 30, EntityType.Location, NerStage.Source), M(23, 30, EntityType.Location, "gazetteer")]);

        Assert.Equal("gazetteer", Assert.Single(merged).Source);
    }

    [Fact]
    public void AModelNameLosesItsLeadingArticle()
    {
        var model = new Mention
        {
            Span = new TextSpan(10, 40), Text = "the Syrian Democratic Forces xx", Type = EntityType.Organization,
            Confidence = 0.9, Source = NerStage.Source,
        };

        var merged = Assert.Single(MentionReconciler.Reconcile([model]));

        Assert.Equal(new TextSpan(14, 40), merged.Span);
        Assert.StartsWith("Syrian", merged.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void APersonsNameWinsOverTheListPlacesInIt()
    {
        var person = M(0, 14, EntityType.Person, NerStage.Source) with { Text = "Philip Hammond" };
        var town = M(7, 14, EntityType.Location, "gazetteer", 0.9, "geonames:4921100");

        var merged = MentionReconciler.Reconcile([person, town]);

        var mention = Assert.Single(merged);
        Assert.Equal(EntityType.Person, mention.Type);
        Assert.Equal(new TextSpan(0, 14), mention.Span);
    }

    [Fact]
    public void AOneWordPersonDoesNotDisplaceAListPlace()
    {
        var person = M(0, 7, EntityType.Person, NerStage.Source) with { Text = "Hammond" };
        var town = M(0, 7, EntityType.Location, "gazetteer");

        var merged = MentionReconciler.Reconcile([person, town]);

        Assert.Equal(EntityType.Location, Assert.Single(merged).Type);
    }

    [Fact]
    public void AnOrganisationsNameWinsOverTheNationalitiesAndCountriesInIt()
    {
        var body = M(0, 19, EntityType.Organization, NerStage.Source) with { Text = "Syrian Arab Coalition" };
        var syrian = M(0, 6, EntityType.Nationality, "gazetteer", 0.9, "country:SY");
        var arab = M(7, 11, EntityType.Nationality, "gazetteer");

        var mention = Assert.Single(MentionReconciler.Reconcile([body, syrian, arab]));

        Assert.Equal((EntityType.Organization, NerStage.Source), (mention.Type, mention.Source));
    }

    [Fact]
    public void ACountryTheModelReadsAsAnOrganisationStaysOneCountryWithItsIds()
    {
        var acting = M(0, 6, EntityType.Organization, NerStage.Source) with { Text = "Russia" };
        var country = M(0, 6, EntityType.Location, "gazetteer", 0.9, "country:RU") with { Text = "Russia", Kind = EntityKind.Country };

        var mention = Assert.Single(MentionReconciler.Reconcile([acting, country]));

        Assert.Equal((EntityType.Location, EntityKind.Country), (mention.Type, mention.Kind));
        Assert.Equal(["country:RU"], mention.Refs.ToArray());
        Assert.Equal("gazetteer+model:ner", mention.Source);
    }

    [Theory]
    [InlineData(0.5, EntityType.Organization)]
    [InlineData(0.85, EntityType.Person)]
    public void ARulesWeakPersonGuessGivesWayToTheModel(double ruleConfidence, EntityType kept)
    {
        var navy = M(0, 10, EntityType.Organization, NerStage.Source) with { Text = "Royal Navy" };
        var guess = M(0, 10, EntityType.Person, "rules", ruleConfidence) with { Text = "Royal Navy" };

        Assert.Equal(kept, Assert.Single(MentionReconciler.Reconcile([navy, guess])).Type);
    }

    [Theory]
    [InlineData(EntityType.Organization, EntityType.Person)]
    [InlineData(EntityType.Location, EntityType.Location)]
    public void AListPlaceRepeatingTheSurnameOfAPersonNamedInFullIsThatPerson(EntityType modelReading, EntityType expected)
    {
        var person = M(0, 10, EntityType.Person, NerStage.Source) with { Text = "Jeff Davis" };
        var town = M(20, 25, EntityType.Location, "gazetteer", 0.9, "geonames:5339840") with { Text = "Davis" };
        var reading = M(20, 25, modelReading, NerStage.Source) with { Text = "Davis" };

        var davis = MentionReconciler.Reconcile([person, town, reading]).Single(m => m.Span.Start == 20);

        Assert.Equal(expected, davis.Type);
        Assert.Equal(expected == EntityType.Person ? [] : ["geonames:5339840"], davis.Refs.ToArray());
    }

    [Fact]
    public void APlaceOfAPlaceIsOnePlace()
    {
        var sea = M(0, 12, EntityType.Location, NerStage.Source) with { Text = "Gulf of Aden" };
        var gulf = M(0, 4, EntityType.Location, "gazetteer") with { Text = "Gulf" };
        var city = M(8, 12, EntityType.Location, "gazetteer", 0.9, "geonames:415189") with { Text = "Aden" };

        var merged = MentionReconciler.Reconcile([sea, gulf, city]);

        Assert.Equal("Gulf of Aden", Assert.Single(merged).Text);
    }
}
