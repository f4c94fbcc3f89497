namespace Nexus.Storage.Tests.Support;

/// <summary>
/// A short wire report, written for these tests, with every layer filled in by hand: seven entities,
/// hedged and attributed claims (reported, alleged, assessed, a negative), times, a place, a count,
/// an item, a role, a likelihood word and holders that are entities.
/// </summary>
public static class Fixtures
{
    public const string ReportText =
        "Turkish police arrested Mehmet Gören and two associates in Gaziantep on 12 March 2024, according to the Interior Ministry. " +
        "Gören is alleged to have moved funds for the Islamic State Khorasan Province (ISKP) through exchange offices. " +
        "Officials believe he probably met Abu Talha al-Sindi in Istanbul in late 2023. " +
        "The ministry said Gören was not a member of ISKP.";

    public static DocumentMetadata ReportMetadata { get; } = new()
    {
        Title = "Turkish police detain suspected ISKP financier in Gaziantep",
        Publisher = "Bosphorus Wire",
        Origin = "Ankara Ledger",
        Authors = ["Ayşe Demir"],
        Published = new DateOnly(2024, 3, 14),
        PublishedTime = new TimeOnly(9, 30),
        Retrieved = new DateTimeOffset(2024, 3, 15, 10, 0, 0, TimeSpan.FromHours(2)),
        Source = "https://example.org/news/gaziantep-arrest",
        Format = "html",
        Language = "en",
        Marking = TlpMarking.AmberStrict,
        Reliability = SourceReliability.C,
        Credits = ["AA", "Reuters"],
    };

    public static AnnotatedDocument Report() => ReportBuilder().Build();

    /// <summary>The report with one claim whose subject is no entity of the document.</summary>
    public static AnnotatedDocument ReportWithBrokenClaim()
    {
        var builder = ReportBuilder();
        return builder.Claim(new Claim
        {
            Id = "c5",
            Subject = "e99",
            Predicate = Predicate.AssociatedWith,
            Object = "e5",
            Modality = Modality.Asserted,
            Holder = Holder.Author("Ayşe Demir"),
            Evidence = builder.SentenceOf("exchange offices"),
            Confidence = 0.3,
        }).Build();
    }

    private static DocumentBuilder ReportBuilder()
    {
        var b = new DocumentBuilder(ReportText, ReportMetadata);
        b.Entity("e1", EntityType.Person, "Mehmet Gören", aliases: ["Gören"])
            .Entity("e2", EntityType.Organization, "Turkish police", EntityKind.StateAgency)
            .Entity("e3", EntityType.Location, "Gaziantep", EntityKind.City, refs: ["geonames:314830"])
            .Entity("e4", EntityType.Organization, "Interior Ministry", EntityKind.Government, aliases: ["ministry"])
            .Entity("e5", EntityType.Organization, "Islamic State Khorasan Province", EntityKind.ArmedGroup, aliases: ["ISKP"], refs: ["un:QDe.161"])
            .Entity("e6", EntityType.Person, "Abu Talha al-Sindi")
            .Entity("e7", EntityType.Location, "Istanbul", EntityKind.City, refs: ["geonames:745044"]);
        b.Mention("Turkish police", "e2", confidence: 0.88)
            .Mention("Mehmet Gören", "e1", confidence: 0.97)
            .Mention("Gaziantep", "e3", source: "gazetteer", canonical: "Gaziantep", refs: ["geonames:314830"])
            .Mention("Interior Ministry", "e4", confidence: 0.81)
            .Mention("Gören", "e1", occurrence: 2, source: "coref:surname")
            .Mention("Islamic State Khorasan Province", "e5", source: "gazetteer", canonical: "Islamic State Khorasan Province", refs: ["un:QDe.161"])
            .Mention("ISKP", "e5", source: "acronym", canonical: "Islamic State Khorasan Province", refs: ["un:QDe.161"])
            .Mention("Abu Talha al-Sindi", "e6", confidence: 0.74)
            .Mention("Istanbul", "e7", source: "gazetteer", canonical: "Istanbul", refs: ["geonames:745044"])
            .Mention("ministry", "e4", source: "coref:nominal", confidence: 0.66)
            .Mention("Gören", "e1", occurrence: 3, source: "coref:surname")
            .Mention("ISKP", "e5", occurrence: 2, source: "acronym", refs: ["un:QDe.161"]);
        var arrestDay = b.Time("12 March 2024", new DateOnly(2024, 3, 12), new DateOnly(2024, 3, 12), TimeGranularity.Day);
        var lateYear = b.Time("late 2023", new DateOnly(2023, 9, 1), new DateOnly(2023, 12, 31), TimeGranularity.Season, TimeQualifier.Approximate);
        return b
            .Claim(new Claim
            {
                Id = "c1",
                Subject = "e2",
                Predicate = Predicate.Arrested,
                Object = "e1",
                Count = 3,
                Time = arrestDay,
                Place = "e3",
                Modality = Modality.Reported,
                Holder = new Holder("the Interior Ministry", HolderKind.Organization, "e4"),
                Cue = "according to",
                Evidence = b.SentenceOf("arrested"),
                Trigger = b.Find("arrested"),
                Confidence = 0.86,
                Pattern = "dep:nsubj-obj",
            })
            .Claim(new Claim
            {
                Id = "c2",
                Subject = "e1",
                Predicate = Predicate.Funded,
                Object = "e5",
                Item = "funds",
                Kinds = ["financial"],
                Modality = Modality.Alleged,
                Holder = Holder.Author("Ayşe Demir"),
                Cue = "is alleged to",
                Evidence = b.SentenceOf("moved funds"),
                Trigger = b.Find("moved funds"),
                Confidence = 0.74,
            })
            .Claim(new Claim
            {
                Id = "c3",
                Subject = "e1",
                Predicate = Predicate.MetWith,
                Object = "e6",
                Time = lateYear,
                Place = "e7",
                Modality = Modality.Assessed,
                Likelihood = "probably",
                // Second hand, twice over: the officials' belief as the ministry passed it on, as a wire service reported it.
                Holder = new Holder("Officials", HolderKind.Anonymous)
                {
                    Via = new Holder("the Interior Ministry", HolderKind.Organization, "e4") { Via = new Holder("Reuters", HolderKind.Organization) },
                },
                Cue = "believe",
                Evidence = b.SentenceOf("met Abu"),
                Trigger = b.Find("met"),
                Confidence = 0.61,
                Pattern = "verb",
            })
            .Claim(new Claim
            {
                Id = "c4",
                Subject = "e1",
                Predicate = Predicate.MemberOf,
                Object = "e5",
                Role = "member",
                Modality = Modality.Reported,
                Polarity = Polarity.Negative,
                Holder = new Holder("The ministry", HolderKind.Organization, "e4"),
                Cue = "said",
                Evidence = b.SentenceOf("was not a member"),
                Trigger = b.Find("member"),
                Confidence = 0.7,
            });
    }
}
