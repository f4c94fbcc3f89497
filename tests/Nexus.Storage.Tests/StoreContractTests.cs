namespace Nexus.Storage.Tests;

/// <summary>
/// The store contract, run against every backend by an empty sealed subclass. Each test opens its
/// own fresh store (a new SQLite file, a new PostgreSQL schema) through <typeparamref name="TBackend"/>.
/// </summary>
public abstract class StoreContractTests<TBackend>(TBackend backend) : IClassFixture<TBackend>
    where TBackend : class, IStoreBackend
{
    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task FullyAnnotatedDocumentComesBackWithEveryLayer()
    {
        await using var store = await NewStoreAsync();
        var report = Fixtures.Report();

        Assert.True(await store.AddDocumentAsync(report, None));
        var stored = await store.GetDocumentAsync(report.Document.Id, None);

        Assert.NotNull(stored);
        Assert.Equal(report.Document.Id, stored.Document.Id);
        Assert.Equal(report.Text, stored.Text);
        var metadata = report.Document.Metadata;
        Assert.Equal(Json.Of(metadata with { Retrieved = metadata.Retrieved?.ToUniversalTime() }), Json.Of(stored.Document.Metadata));
        Assert.Equal(metadata.Retrieved, stored.Document.Metadata.Retrieved);
        Assert.Equal(Json.Of(report.Sentences), Json.Of(stored.Sentences));
        Assert.Equal(Json.Of(report.Tokens), Json.Of(stored.Tokens));
        Assert.Equal(Json.Of(report.Mentions), Json.Of(stored.Mentions));
        Assert.Equal(Json.Of(report.Entities), Json.Of(stored.Entities));
        Assert.Equal(Json.Of(report.Times), Json.Of(stored.Times));
        Assert.Equal(Json.Of(report.Claims), Json.Of(stored.Claims));
    }

    [Fact]
    public async Task UnknownDocumentIsNull()
    {
        await using var store = await NewStoreAsync();

        Assert.Null(await store.GetDocumentAsync(Document.IdOf("never stored"), None));
        Assert.False(await store.ContainsDocumentAsync(Document.IdOf("never stored"), None));
    }

    [Fact]
    public async Task AddingTheSameTextAgainChangesNothing()
    {
        await using var store = await NewStoreAsync();
        var report = Fixtures.Report();
        Assert.True(await store.AddDocumentAsync(report, None));
        var before = await store.GetStatisticsAsync(None);

        var again = new AnnotatedDocument(report.Document with { Metadata = report.Document.Metadata with { Title = "Another title" } });

        Assert.False(await store.AddDocumentAsync(report, None));
        Assert.False(await store.AddDocumentAsync(again, None));
        Assert.Equal(before, await store.GetStatisticsAsync(None));
        Assert.Equal(Fixtures.ReportMetadata.Title, (await store.GetDocumentAsync(report.Document.Id, None))!.Document.Metadata.Title);
        Assert.Single((await store.SearchAsync("Gaziantep", PageRequest.First(10), None)).Hits);
    }

    [Fact]
    public async Task FailedDocumentLeavesNothingBehind()
    {
        await using var store = await NewStoreAsync();
        var broken = Fixtures.ReportWithBrokenClaim();

        var error = await Assert.ThrowsAsync<StoreException>(() => store.AddDocumentAsync(broken, None));

        Assert.Contains(broken.Document.Id, error.Message, StringComparison.Ordinal);
        Assert.False(await store.ContainsDocumentAsync(broken.Document.Id, None));
        Assert.Empty((await store.SearchAsync("Gaziantep", PageRequest.First(10), None)).Hits);
        Assert.Empty(await ToListAsync(store.ReadDocumentEntitiesAsync(None)));
        Assert.Equal(new StoreStatistics(0, 0, 0, 0, 0, backend.SchemaVersion), await store.GetStatisticsAsync(None));
        Assert.True(await store.AddDocumentAsync(Fixtures.Report(), None));
    }

    [Fact]
    public async Task SpanOutsideTheTextIsRefusedWithItsName()
    {
        await using var store = await NewStoreAsync();
        var report = Fixtures.Report();
        var outside = report with { Claims = [report.Claims[0] with { Evidence = new TextSpan(10, report.Text.Length + 5) }] };

        var error = await Assert.ThrowsAsync<StoreException>(() => store.AddDocumentAsync(outside, None));

        Assert.Contains("evidence of claim c1", error.Message, StringComparison.Ordinal);
        Assert.False(await store.ContainsDocumentAsync(report.Document.Id, None));
    }

    [Fact]
    public async Task ListingShowsNewestPublishedFirstWithCounts()
    {
        await using var store = await NewStoreAsync();
        var report = Fixtures.Report();
        await store.AddDocumentAsync(DocumentBuilder.Plain("An undated note.", "Note"), None);
        await store.AddDocumentAsync(report, None);
        await store.AddDocumentAsync(DocumentBuilder.Plain("A later bulletin.", "Bulletin", new DateOnly(2025, 1, 2)), None);

        var all = await store.ListDocumentsAsync(PageRequest.First(10), None);
        var second = await store.ListDocumentsAsync(new PageRequest(1, 1), None);

        Assert.Equal(["Bulletin", Fixtures.ReportMetadata.Title, "Note"], all.Select(d => d.Metadata.Title));
        var listed = all[1];
        Assert.Equal(report.Document.Id, listed.Id);
        Assert.Equal(report.Text.Length, listed.Length);
        Assert.Equal(report.Mentions.Length, listed.MentionCount);
        Assert.Equal(report.Claims.Length, listed.ClaimCount);
        Assert.Equal(FixedTime.Default.GetUtcNow(), listed.IngestedAt);
        Assert.Equal(TlpMarking.AmberStrict, listed.Metadata.Marking);
        Assert.Equal(SourceReliability.C, listed.Metadata.Reliability);
        Assert.Equal(report.Document.Id, Assert.Single(second).Id);
    }

    [Fact]
    public async Task SearchRanksTitleAndFrequentMatchesFirstAndHighlightsThem()
    {
        await using var store = await NewStoreAsync();
        var often = DocumentBuilder.Plain(
            "Lashkar commanders met in Muridke. The Lashkar leadership denied it. Lashkar camps were moved.",
            "Lashkar-e-Taiba financing network");
        var once = DocumentBuilder.Plain(
            "Several groups met in Kabul, among them a Lashkar delegation. Talks on border trade followed.",
            "Regional talks in Kabul");
        var never = DocumentBuilder.Plain("Flooding closed the highway for three days.", "Weather");
        foreach (var document in new[] { once, never, often })
        {
            await store.AddDocumentAsync(document, None);
        }

        var (hits, matching) = await store.SearchAsync("lashkar", PageRequest.First(10), None);

        Assert.Equal([often.Document.Id, once.Document.Id], hits.Select(h => h.DocumentId));
        Assert.True(hits[0].Rank > hits[1].Rank);
        Assert.Equal("Lashkar-e-Taiba financing network", hits[0].Title);
        foreach (var hit in hits)
        {
            Assert.NotEmpty(hit.Highlights);
            Assert.All(hit.Highlights, h => Assert.Contains("lashkar", h.Of(hit.Snippet), StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(hit.Snippet, c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.PrivateUse);
        }
        Assert.Equal(2, matching);
        var second = await store.SearchAsync("lashkar", new PageRequest(1, 5), None);
        Assert.Equal([once.Document.Id], second.Hits.Select(h => h.DocumentId));
        Assert.Equal(2, second.Matching);
        var pastTheEnd = await store.SearchAsync("lashkar", new PageRequest(5, 5), None);
        Assert.Empty(pastTheEnd.Hits);
        Assert.Equal(2, pastTheEnd.Matching);
        Assert.Equal([often.Document.Id], (await store.SearchAsync("finances", PageRequest.First(10), None)).Hits.Select(h => h.DocumentId));
    }

    [Theory]
    [InlineData("ISKP-LeT")]
    [InlineData("\"unbalanced quote")]
    [InlineData("ISKP*")]
    [InlineData("*")]
    [InlineData("(LeT OR")]
    [InlineData("title:ISKP")]
    [InlineData("NEAR(ISKP LeT)")]
    [InlineData("- -- ^ ; ' \"")]
    [InlineData("'; DROP TABLE documents; --")]
    [InlineData("")]
    public async Task PunctuationInASearchNeverFails(string query)
    {
        await using var store = await NewStoreAsync();
        var document = DocumentBuilder.Plain("Analysts describe an ISKP-LeT nexus in Kunar.", "ISKP and LeT");
        await store.AddDocumentAsync(document, None);

        var (hits, matching) = await store.SearchAsync(query, PageRequest.First(10), None);

        Assert.All(hits, h => Assert.Equal(document.Document.Id, h.DocumentId));
        Assert.Equal(hits.Count, matching);
        Assert.True(await store.ContainsDocumentAsync(document.Document.Id, None));
    }

    [Fact]
    public async Task HyphenatedNamesAndPhrasesAreFound()
    {
        await using var store = await NewStoreAsync();
        var nexus = DocumentBuilder.Plain("Analysts describe an ISKP-LeT nexus in Kunar.", "Kunar");
        var apart = DocumentBuilder.Plain("LeT fighters avoided Kunar, where ISKP is strong.", "Kunar again");
        await store.AddDocumentAsync(nexus, None);
        await store.AddDocumentAsync(apart, None);

        Assert.Equal([nexus.Document.Id], (await store.SearchAsync("ISKP-LeT", PageRequest.First(10), None)).Hits.Select(h => h.DocumentId));
        Assert.Equal([nexus.Document.Id], (await store.SearchAsync("\"LeT nexus\"", PageRequest.First(10), None)).Hits.Select(h => h.DocumentId));
        Assert.Equal([apart.Document.Id], (await store.SearchAsync("kunar -nexus", PageRequest.First(10), None)).Hits.Select(h => h.DocumentId));
        var either = await store.SearchAsync("nexus or fighters", PageRequest.First(10), None);
        Assert.Equal(2, either.Hits.Count);
        Assert.Equal(2, either.Matching);
        Assert.Equal(1, (await store.SearchAsync("kunar -nexus", PageRequest.First(10), None)).Matching);
    }

    [Fact]
    public async Task DocumentEntitiesAreReadWithTheirDocumentAndDate()
    {
        await using var store = await NewStoreAsync();
        var report = Fixtures.Report();
        await store.AddDocumentAsync(report, None);

        var read = await ToListAsync(store.ReadDocumentEntitiesAsync(None));

        Assert.Equal(Json.Of(report.Entities), Json.Of(read.Select(e => e.Entity)));
        Assert.All(read, e => Assert.Equal(report.Document.Id, e.DocumentId));
        Assert.All(read, e => Assert.Equal(Fixtures.ReportMetadata.Published, e.Published));
    }

    [Fact]
    public async Task LookupFoldsCaseAccentsAndPunctuation()
    {
        await using var store = await ResolvedReportStoreAsync(Resolutions.Namesakes);

        var hits = await store.FindEntitiesAsync(new EntityQuery { Text = "gören" }, None);
        var upper = await store.FindEntitiesAsync(new EntityQuery { Text = "MEHMET GOREN" }, None);
        var dashed = await store.FindEntitiesAsync(new EntityQuery { Text = "isis-k" }, None);

        Assert.Equal(
            [Resolutions.Goren, "org:goren-holding", "person:ali-gorenoglu", "org:bugoren-cooperative"],
            hits.Select(h => h.Id));
        Assert.Equal("Gören", hits[0].MatchedAlias);
        Assert.Null(hits[1].MatchedAlias);
        Assert.Equal(Resolutions.Goren, upper[0].Id);
        Assert.Null(upper[0].MatchedAlias);
        Assert.Equal(Resolutions.Iskp, Assert.Single(dashed).Id);
        Assert.Equal("ISIS-K", dashed[0].MatchedAlias);
    }

    [Fact]
    public async Task LookupCountsEvidenceAndFiltersByType()
    {
        await using var store = await ResolvedReportStoreAsync(Resolutions.Namesakes);

        var goren = (await store.FindEntitiesAsync(new EntityQuery { Text = "Mehmet Gören" }, None))[0];
        var organisations = await store.FindEntitiesAsync(new EntityQuery { Text = "gören", Type = EntityType.Organization }, None);
        var everything = await store.FindEntitiesAsync(new EntityQuery { Page = PageRequest.First(100) }, None);

        Assert.Equal(new EntitySummary(Resolutions.Goren, EntityType.Person, null, "Mehmet Gören", 1, 4, null), goren);
        Assert.Equal(["org:goren-holding", "org:bugoren-cooperative"], organisations.Select(o => o.Id));
        Assert.Equal(10, everything.Count);
        Assert.Equal(0, everything.Single(e => e.Id == "org:goren-holding").DocumentCount);
        Assert.Equal(2, everything.Single(e => e.Id == Resolutions.Iskp).ClaimCount);
    }

    [Fact]
    public async Task EntitiesKeepAliasesRefsCoordinatesAndMemberships()
    {
        var report = Fixtures.Report();
        var (entities, memberships) = Resolutions.OfReport(report.Document.Id);
        await using var store = await ResolvedReportStoreAsync([]);

        var iskp = await store.GetEntityAsync(Resolutions.Iskp, None);
        var gaziantep = await store.GetEntityAsync(Resolutions.Gaziantep, None);
        var members = await store.GetMembershipsAsync(Resolutions.Goren, None);
        var all = await ToListAsync(store.ReadEntitiesAsync(None));

        Assert.Equal(Json.Of(entities.Single(e => e.Id == Resolutions.Iskp)), Json.Of(iskp));
        Assert.Equal(new GeoPoint(37.0662, 37.3833), gaziantep!.Coordinates);
        Assert.Null(await store.GetEntityAsync("org:unknown", None));
        Assert.Equal([memberships[0]], members);
        Assert.Equal(Json.Of(entities.OrderBy(e => e.Id, StringComparer.Ordinal)), Json.Of(all.OrderBy(e => e.Id, StringComparer.Ordinal)));
    }

    [Fact]
    public async Task EntitySummaryCountsItsDocumentsAndClaimsAsALookupDoes()
    {
        await using var store = await FollowedUpReportStoreAsync();

        var goren = await store.GetEntitySummaryAsync(Resolutions.Goren, None);

        Assert.Equal(new EntitySummary(Resolutions.Goren, EntityType.Person, null, "Mehmet Gören", 2, 5, null), goren);
        Assert.Equal(goren, (await store.FindEntitiesAsync(new EntityQuery { Text = "Mehmet Gören" }, None))[0] with { MatchedAlias = null });
        Assert.Equal(EntityKind.ArmedGroup, (await store.GetEntitySummaryAsync(Resolutions.Iskp, None))!.Kind);
        Assert.Null(await store.GetEntitySummaryAsync("person:nobody", None));
    }

    [Fact]
    public async Task ReadingEntitiesStreamsPastOneBatch()
    {
        await using var store = await NewStoreAsync();
        var entities = Enumerable.Range(0, 1234)
            .Select(i => new Entity { Id = $"person:{i:D5}", Type = EntityType.Person, Name = $"Person {i}", Aliases = [new($"P{i}", "test")], Refs = [$"test:{i}"] })
            .ToList();
        await store.ReplaceResolutionAsync(entities, [], None);

        var read = await ToListAsync(store.ReadEntitiesAsync(None));

        Assert.Equal(entities.Count, read.Count);
        Assert.Equal(entities.Select(e => e.Id).Order(StringComparer.Ordinal), read.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.All(read, e => Assert.Equal("P" + e.Name[7..], Assert.Single(e.Aliases).Name));
    }

    [Fact]
    public async Task ClaimsShowDocumentNamesBeforeResolution()
    {
        await using var store = await NewStoreAsync();
        var report = Fixtures.Report();
        await store.AddDocumentAsync(report, None);

        var claims = await store.GetClaimsAsync(new ClaimQuery { DocumentId = report.Document.Id }, None);

        Assert.Equal(["c1", "c2", "c3", "c4"], claims.Select(c => c.Claim.Id));
        Assert.Equal(new EntityRef(null, "Turkish police", EntityType.Organization), claims[0].Subject);
        Assert.Equal(new EntityRef(null, "Mehmet Gören", EntityType.Person), claims[0].Object);
        Assert.Null(claims[1].Place);
        Assert.Null(claims[1].HolderEntity);
    }

    [Fact]
    public async Task ClaimsJoinGlobalEntitiesAfterResolution()
    {
        var report = Fixtures.Report();
        await using var store = await ResolvedReportStoreAsync([]);

        var claims = await store.GetClaimsAsync(new ClaimQuery(), None);
        var arrest = claims[0];

        Assert.Equal(Json.Of(report.Claims), Json.Of(claims.Select(c => c.Claim)));
        Assert.Equal(StoredClaim.IdOf(report.Document.Id, "c1"), arrest.Id);
        Assert.Equal(report.Document.Id, arrest.DocumentId);
        Assert.Equal(new EntityRef(Resolutions.Police, "Turkish National Police", EntityType.Organization), arrest.Subject);
        Assert.Equal(new EntityRef(Resolutions.Goren, "Mehmet Gören", EntityType.Person), arrest.Object);
        Assert.Equal(new EntityRef(Resolutions.Gaziantep, "Gaziantep", EntityType.Location), arrest.Place);
        Assert.Equal(new EntityRef(Resolutions.Ministry, "Ministry of Interior (Türkiye)", EntityType.Organization), arrest.HolderEntity);
        Assert.Equal(report.Claims[0].Evidence.Of(report.Text), arrest.EvidenceText);
        Assert.StartsWith("Turkish police arrested", arrest.EvidenceText, StringComparison.Ordinal);
        Assert.Equal(Fixtures.ReportMetadata.Title, arrest.DocumentTitle);
        Assert.Equal(Fixtures.ReportMetadata.Published, arrest.DocumentPublished);
        Assert.Equal("Bosphorus Wire", arrest.Publisher);
        Assert.All(claims, c => Assert.False(c.Rejected));
    }

    [Fact]
    public async Task ClaimsFilterByEntityAtEitherEndByDocumentAndByPredicate()
    {
        var report = Fixtures.Report();
        await using var store = await ResolvedReportStoreAsync([]);
        await store.AddDocumentAsync(DocumentBuilder.Plain("Nothing is claimed here."), None);

        async Task<IEnumerable<string>> Ids(ClaimQuery query) => (await store.GetClaimsAsync(query, None)).Select(c => c.Claim.Id);

        Assert.Equal(["c1", "c2", "c3", "c4"], await Ids(new ClaimQuery { EntityId = Resolutions.Goren }));
        Assert.Equal(["c2", "c4"], await Ids(new ClaimQuery { EntityId = Resolutions.Iskp }));
        Assert.Empty(await Ids(new ClaimQuery { EntityId = Resolutions.Gaziantep }));
        Assert.Equal(["c3"], await Ids(new ClaimQuery { Predicate = Predicate.MetWith }));
        Assert.Equal(["c4"], await Ids(new ClaimQuery { EntityId = Resolutions.Iskp, Predicate = Predicate.MemberOf, DocumentId = report.Document.Id }));
        Assert.Empty(await Ids(new ClaimQuery { DocumentId = Document.IdOf("Nothing is claimed here.") }));
        Assert.Equal(["c2", "c3"], await Ids(new ClaimQuery { EntityId = Resolutions.Goren, Page = new PageRequest(1, 2) }));
        Assert.Equal(["c4"], await Ids(new ClaimQuery { EntityId = Resolutions.Goren, HasRole = true }));
        Assert.Equal(["c4"], await Ids(new ClaimQuery { HasRole = true }));
        var streamed = await ToListAsync(store.ReadClaimsAsync(new ClaimQuery { EntityId = Resolutions.Iskp, Page = PageRequest.First(1) }, None));
        Assert.Equal(["c2", "c4"], streamed.Select(c => c.Claim.Id));
    }

    [Fact]
    public async Task ClaimsAreCountedPerPredicateAndModalityWithTheQueryFilters()
    {
        await using var store = await FollowedUpReportStoreAsync();

        async Task<IEnumerable<(Predicate, Modality, int, int)>> Tally(ClaimQuery query) =>
            (await store.CountClaimsAsync(query, None)).Select(t => (t.Predicate, t.Modality, t.Claims, t.WithRole)).Order();

        Assert.Equal(
            [(Predicate.MemberOf, Modality.Reported, 1, 1), (Predicate.Funded, Modality.Alleged, 1, 0), (Predicate.Arrested, Modality.Reported, 1, 0),
             (Predicate.MetWith, Modality.Asserted, 1, 0), (Predicate.MetWith, Modality.Assessed, 1, 0)],
            await Tally(new ClaimQuery { EntityId = Resolutions.Goren }));
        Assert.Equal([(Predicate.MemberOf, Modality.Reported, 1, 1), (Predicate.Funded, Modality.Alleged, 1, 0)], await Tally(new ClaimQuery { EntityId = Resolutions.Iskp }));
        Assert.Equal([(Predicate.MetWith, Modality.Asserted, 1, 0), (Predicate.MetWith, Modality.Assessed, 1, 0)], await Tally(new ClaimQuery { Predicate = Predicate.MetWith }));
        Assert.Equal([(Predicate.MemberOf, Modality.Reported, 1, 1)], await Tally(new ClaimQuery { EntityId = Resolutions.Goren, HasRole = true }));
        Assert.Empty(await Tally(new ClaimQuery { EntityId = Resolutions.Gaziantep }));
    }

    [Fact]
    public async Task ClaimNamingTheEntityAtBothEndsIsCountedAndListedOnce()
    {
        var report = Fixtures.Report();
        await using var store = await NewStoreAsync();
        await store.AddDocumentAsync(report, None);
        var (entities, memberships) = Resolutions.OfReport(report.Document.Id);
        // Gören and ISKP wrongly merged: "Gören funded ISKP" now names one entity at both ends.
        await store.ReplaceResolutionAsync(
            [.. entities.Where(e => e.Id != Resolutions.Iskp)],
            [.. memberships.Select(m => m.EntityId == Resolutions.Iskp ? m with { EntityId = Resolutions.Goren } : m)],
            None);

        var tally = await store.CountClaimsAsync(new ClaimQuery { EntityId = Resolutions.Goren }, None);

        Assert.Equal(4, tally.Sum(t => t.Claims));
        Assert.Equal(["c1", "c2", "c3", "c4"], (await store.GetClaimsAsync(new ClaimQuery { EntityId = Resolutions.Goren }, None)).Select(c => c.Claim.Id));
        Assert.Equal(4, (await store.GetClaimsPerPredicateAsync(Resolutions.Goren, 10, None)).Count);
    }

    [Fact]
    public async Task FirstClaimsOfEachPredicateComeByPredicateThenInStoreOrder()
    {
        await using var store = await FollowedUpReportStoreAsync();

        var one = await store.GetClaimsPerPredicateAsync(Resolutions.Goren, 1, None);
        var two = await store.GetClaimsPerPredicateAsync(Resolutions.Goren, 2, None);

        Assert.Equal(
            [(Predicate.Arrested, "c1"), (Predicate.Funded, "c2"), (Predicate.MemberOf, "c4"), (Predicate.MetWith, "c3")],
            one.Select(c => (c.Claim.Predicate, c.Claim.Id)));
        Assert.All(one, c => Assert.Equal(Fixtures.Report().Document.Id, c.DocumentId));
        Assert.Equal([.. one.Select(c => c.Id), FollowUpClaimId], two.Select(c => c.Id));
        var followUp = two[^1];
        Assert.Equal(new EntityRef(Resolutions.Goren, "Mehmet Gören", EntityType.Person), followUp.Subject);
        Assert.Equal("Mehmet Gören met Abu Talha al-Sindi again in June.", followUp.EvidenceText);
        Assert.Equal(Modality.Asserted, followUp.Claim.Modality);
        Assert.Equal(
            (await store.GetClaimsAsync(new ClaimQuery { EntityId = Resolutions.Goren, Predicate = Predicate.MetWith }, None)).Select(c => c.Id),
            two.Where(c => c.Claim.Predicate == Predicate.MetWith).Select(c => c.Id));
        Assert.Empty(await store.GetClaimsPerPredicateAsync(Resolutions.Gaziantep, 5, None));
    }

    [Fact]
    public async Task ChangeCountGrowsWithEveryCommittedWriteAndOnlyThen()
    {
        await using var store = await NewStoreAsync();
        var report = Fixtures.Report();
        var counts = new List<long> { await store.GetChangeCountAsync(None) };
        async Task Step(Func<Task> write)
        {
            await write();
            counts.Add(await store.GetChangeCountAsync(None));
        }

        await Step(() => Assert.ThrowsAsync<StoreException>(() => store.AddDocumentAsync(Fixtures.ReportWithBrokenClaim(), None)));
        await Step(() => store.AddDocumentAsync(report, None));
        await Step(() => store.AddDocumentAsync(report, None));
        await Step(async () =>
        {
            var (entities, memberships) = Resolutions.OfReport(report.Document.Id);
            await store.ReplaceResolutionAsync(entities, memberships, None);
        });
        await Step(() => store.AddCurationAsync(Curation("k1", CurationAction.RejectClaim, [StoredClaim.IdOf(report.Document.Id, "c2")], 1), None));
        await Step(() => store.AddCurationAsync(Curation("k1", CurationAction.RejectClaim, [StoredClaim.IdOf(report.Document.Id, "c2")], 1), None));
        await Step(async () =>
        {
            await store.GetClaimsAsync(new ClaimQuery(), None);
            await store.SearchAsync("Gaziantep", PageRequest.First(5), None);
        });

        // A failed document, one added, the same again, a resolution, a curation, the same again, reads.
        Assert.Equal([false, true, false, true, true, false, false], counts.Zip(counts.Skip(1), (before, after) => after > before));
        Assert.Equal(counts.Order(), counts);
    }

    [Fact]
    public async Task ReplacingResolutionDropsTheOldOne()
    {
        var report = Fixtures.Report();
        await using var store = await ResolvedReportStoreAsync(Resolutions.Namesakes);
        var merged = new Entity { Id = "person:goren-merged", Type = EntityType.Person, Name = "Mehmet Gören" };

        await store.ReplaceResolutionAsync([merged], [new(new DocumentEntityRef(report.Document.Id, "e1"), merged.Id, "analyst merge", 1)], None);

        Assert.Null(await store.GetEntityAsync(Resolutions.Goren, None));
        Assert.Empty(await store.GetMembershipsAsync(Resolutions.Goren, None));
        Assert.Equal([merged.Id], (await store.FindEntitiesAsync(new EntityQuery { Text = "gören" }, None)).Select(e => e.Id));
        var arrest = (await store.GetClaimsAsync(new ClaimQuery(), None))[0];
        Assert.Equal(merged.Id, arrest.Object!.EntityId);
        Assert.Null(arrest.Subject.EntityId);
        Assert.Equal(1, (await store.GetStatisticsAsync(None)).Entities);
    }

    [Fact]
    public async Task BrokenResolutionKeepsThePreviousOne()
    {
        await using var store = await ResolvedReportStoreAsync([]);
        var orphan = new EntityMembership(new DocumentEntityRef(Document.IdOf("no such document"), "e1"), Resolutions.Goren, "test", 1);
        var entities = Resolutions.OfReport(Fixtures.Report().Document.Id).Entities;

        await Assert.ThrowsAsync<StoreException>(() => store.ReplaceResolutionAsync(entities, [orphan], None));

        Assert.Single(await store.GetMembershipsAsync(Resolutions.Goren, None));
        Assert.Equal(7, (await store.GetStatisticsAsync(None)).Entities);
    }

    [Fact]
    public async Task RejectedClaimIsFlaggedUntilConfirmed()
    {
        var report = Fixtures.Report();
        await using var store = await ResolvedReportStoreAsync([]);
        var funded = StoredClaim.IdOf(report.Document.Id, "c2");

        await store.AddCurationAsync(Curation("k1", CurationAction.RejectClaim, [funded], 1), None);
        var afterReject = await store.GetClaimsAsync(new ClaimQuery(), None);
        await store.AddCurationAsync(Curation("k2", CurationAction.ConfirmClaim, [funded], 2), None);
        var afterConfirm = await store.GetClaimsAsync(new ClaimQuery(), None);

        Assert.Equal(["c2"], afterReject.Where(c => c.Rejected).Select(c => c.Claim.Id));
        Assert.All(afterConfirm, c => Assert.False(c.Rejected));
    }

    [Fact]
    public async Task CurationsAreListedInTheOrderTheyWereAdded()
    {
        await using var store = await NewStoreAsync();
        Curation[] curations =
        [
            Curation("k1", CurationAction.Merge, [Resolutions.Goren, "person:m-goren"], 3) with { Reason = "same passport number", Analyst = "ana" },
            Curation("k2", CurationAction.GradeSource, ["Bosphorus Wire"], 1) with { Value = "B" },
            Curation("k3", CurationAction.Rename, [Resolutions.Iskp], 2) with { Value = "ISIS-K", Analyst = "ben" },
        ];

        foreach (var curation in curations)
        {
            await store.AddCurationAsync(curation, None);
        }
        await store.AddCurationAsync(curations[0] with { Reason = "added twice" }, None);

        Assert.Equal(Json.Of(curations), Json.Of(await store.ListCurationsAsync(None)));
    }

    [Fact]
    public async Task NewStoreHasTheLatestSchemaAndReopensWithItsData()
    {
        var location = await backend.NewLocationAsync();
        var report = Fixtures.Report();
        await using (var store = await backend.OpenAsync(location, FixedTime.Default))
        {
            Assert.Equal(new StoreStatistics(0, 0, 0, 0, 0, backend.SchemaVersion), await store.GetStatisticsAsync(None));
            await store.AddDocumentAsync(report, None);
        }

        await using var reopened = await backend.OpenAsync(location, FixedTime.Default);

        Assert.True(await reopened.ContainsDocumentAsync(report.Document.Id, None));
        Assert.Equal(backend.SchemaVersion, (await reopened.GetStatisticsAsync(None)).SchemaVersion);
        Assert.Single((await reopened.SearchAsync("Gaziantep", PageRequest.First(5), None)).Hits);
    }

    [Fact]
    public async Task UpgradeToVersionFourIndexesTheStoredResolution()
    {
        var location = await backend.NewLocationAsync();
        IReadOnlyList<StoredClaim> before;
        await using (var store = await FollowedUpReportStoreAsync(location))
        {
            before = await store.GetClaimsPerPredicateAsync(Resolutions.Goren, 10, None);
        }
        // Back to version 3 as it was released: no entity_claims (nor SQLite's entity_names), the covering indexes they replaced.
        await backend.ExecuteAsync(location, """
            DROP TABLE entity_claims;
            DROP TABLE IF EXISTS entity_names;
            CREATE INDEX claims_subject ON claims (document_id, subject, predicate, modality, ordinal, role);
            CREATE INDEX claims_object ON claims (document_id, object, predicate, modality, ordinal, role);
            DELETE FROM schema_version WHERE version = 4
            """);

        await using var upgraded = await backend.OpenAsync(location, FixedTime.Default);

        Assert.Equal(backend.SchemaVersion, (await upgraded.GetStatisticsAsync(None)).SchemaVersion);
        Assert.Equal(5, before.Count);
        Assert.Equal(Json.Of(before), Json.Of(await upgraded.GetClaimsPerPredicateAsync(Resolutions.Goren, 10, None)));
        Assert.Equal(5, (await upgraded.CountClaimsAsync(new ClaimQuery { EntityId = Resolutions.Goren }, None)).Sum(t => t.Claims));
        Assert.Equal([Resolutions.Goren], (await upgraded.FindEntitiesAsync(new EntityQuery { Text = "gören" }, None)).Select(e => e.Id));
    }

    [Fact]
    public async Task StoreOfANewerSchemaIsRefused()
    {
        var location = await backend.NewLocationAsync();
        await (await backend.OpenAsync(location, FixedTime.Default)).DisposeAsync();
        await backend.ExecuteAsync(location, "INSERT INTO schema_version (version, name, applied_at) VALUES (99, '0099_future', '2099-01-01')");

        var error = await Assert.ThrowsAsync<StoreException>(() => backend.OpenAsync(location, FixedTime.Default));

        Assert.Contains("schema version 99", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentWritersAndReadersAllSucceed()
    {
        await using var store = await NewStoreAsync();
        var shared = DocumentBuilder.Plain("Every writer tries to add this one text.");
        var added = 0;
        var sharedAdded = 0;
        using var done = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            var reads = 0;
            while (!done.IsCancellationRequested || reads == 0)
            {
                await store.GetStatisticsAsync(None);
                await store.SearchAsync("bulletin", PageRequest.First(5), None);
                reads++;
            }
            return reads;
        }, None);

        await Parallel.ForEachAsync(Enumerable.Range(0, 40), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            if (await store.AddDocumentAsync(DocumentBuilder.Plain($"Bulletin number {i} from writer {i % 4}.", $"Bulletin {i}"), ct))
            {
                Interlocked.Increment(ref added);
            }
            if (await store.AddDocumentAsync(shared, ct))
            {
                Interlocked.Increment(ref sharedAdded);
            }
        });
        await done.CancelAsync();

        Assert.True(await reader > 0);
        Assert.Equal(40, added);
        Assert.Equal(1, sharedAdded);
        Assert.Equal(41, (await store.GetStatisticsAsync(None)).Documents);
        Assert.Equal(40, (await store.SearchAsync("bulletin", PageRequest.First(100), None)).Hits.Count);
    }

    [Fact]
    public async Task StatisticsCountEveryKindOfRecord()
    {
        var report = Fixtures.Report();
        await using var store = await ResolvedReportStoreAsync([]);
        await store.AddDocumentAsync(DocumentBuilder.Plain("A second, empty document."), None);
        await store.AddCurationAsync(Curation("k1", CurationAction.RejectClaim, [StoredClaim.IdOf(report.Document.Id, "c3")], 1), None);

        var statistics = await store.GetStatisticsAsync(None);

        Assert.Equal(new StoreStatistics(2, report.Mentions.Length, 7, report.Claims.Length, 1, backend.SchemaVersion), statistics);
    }

    private static Curation Curation(string id, CurationAction action, ImmutableArray<string> targets, int minute) => new()
    {
        Id = id,
        Action = action,
        Targets = targets,
        At = new DateTimeOffset(2024, 4, 1, 12, minute, 0, TimeSpan.Zero),
    };

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }
        return list;
    }

    private async Task<INexusStore> NewStoreAsync() => await backend.OpenAsync(await backend.NewLocationAsync(), FixedTime.Default);

    private static string FollowUpClaimId => StoredClaim.IdOf(FollowUp().Document.Id, "c1");

    /// <summary>A later article in which Gören meets al-Sindi again, asserted by its author.</summary>
    private static AnnotatedDocument FollowUp()
    {
        var b = new DocumentBuilder("Mehmet Gören met Abu Talha al-Sindi again in June.", new DocumentMetadata { Title = "Gören seen again", Published = new DateOnly(2024, 6, 30) })
            .Entity("e1", EntityType.Person, "Mehmet Gören")
            .Entity("e2", EntityType.Person, "Abu Talha al-Sindi");
        return b
            .Mention("Mehmet Gören", "e1")
            .Mention("Abu Talha al-Sindi", "e2")
            .Claim(new Claim
            {
                Id = "c1",
                Subject = "e1",
                Predicate = Predicate.MetWith,
                Object = "e2",
                Modality = Modality.Asserted,
                Holder = Holder.Author(null),
                Evidence = b.SentenceOf("met"),
                Trigger = b.Find("met"),
                Confidence = 0.8,
            })
            .Build();
    }

    /// <summary>The report and <see cref="FollowUp"/>, resolved together, in a new store or at <paramref name="location"/>.</summary>
    private async Task<INexusStore> FollowedUpReportStoreAsync(string? location = null)
    {
        var store = await backend.OpenAsync(location ?? await backend.NewLocationAsync(), FixedTime.Default);
        var report = Fixtures.Report();
        var followUp = FollowUp();
        await store.AddDocumentAsync(report, None);
        await store.AddDocumentAsync(followUp, None);
        var (entities, memberships) = Resolutions.OfReport(report.Document.Id);
        await store.ReplaceResolutionAsync(
            entities,
            [
                .. memberships,
                new(new DocumentEntityRef(followUp.Document.Id, "e1"), Resolutions.Goren, "same name", 1),
                new(new DocumentEntityRef(followUp.Document.Id, "e2"), "person:abu-talha-al-sindi", "same name", 1),
            ],
            None);
        return store;
    }

    /// <summary>A store holding the report, resolved, plus <paramref name="extra"/> entities without members.</summary>
    private async Task<INexusStore> ResolvedReportStoreAsync(IReadOnlyList<Entity> extra)
    {
        var store = await NewStoreAsync();
        var report = Fixtures.Report();
        await store.AddDocumentAsync(report, None);
        var (entities, memberships) = Resolutions.OfReport(report.Document.Id);
        await store.ReplaceResolutionAsync([.. entities, .. extra], memberships, None);
        return store;
    }
}
