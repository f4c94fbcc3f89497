using Nexus.Analysis.Syndication;

namespace Nexus.Analysis.Tests.Support;

/// <summary>Hand-made claims and documents for tests of the assessment rules, where the pipeline would only add noise.</summary>
public static class Make
{
    /// <summary>A stored claim of document <paramref name="document"/> between resolved entities named by their ids.</summary>
    public static StoredClaim Claim(
        string document,
        string subject,
        Predicate predicate,
        string? obj,
        Modality modality = Modality.Asserted,
        Polarity polarity = Polarity.Positive,
        string? role = null,
        TimeExpression? time = null,
        bool rejected = false,
        string holder = "the author",
        DateOnly? published = null)
    {
        var id = "c" + Guid.NewGuid().ToString("N")[..8];
        return new StoredClaim
        {
            Id = StoredClaim.IdOf(document, id),
            DocumentId = document,
            Claim = new Claim
            {
                Id = id,
                Subject = "e-" + subject,
                Predicate = predicate,
                Object = obj is null ? null : "e-" + obj,
                Role = role,
                Time = time,
                Modality = modality,
                Polarity = polarity,
                Holder = new Holder(holder, holder == "the author" ? HolderKind.Author : HolderKind.Anonymous),
                Evidence = new TextSpan(0, 10),
                Confidence = 0.9,
            },
            Subject = new EntityRef(subject, subject, EntityType.Organization),
            Object = obj is null ? null : new EntityRef(obj, obj, EntityType.Organization),
            EvidenceText = $"{subject} {predicate} {obj} ({id})",
            DocumentPublished = published,
            Rejected = rejected,
        };
    }

    /// <summary>A document with its own text, so that it is a story of its own unless given the same text.</summary>
    public static SourceDocument Document(
        string id,
        string? text = null,
        string? publisher = null,
        string? origin = null,
        string? title = null,
        SourceReliability reliability = SourceReliability.F,
        DateOnly? published = null) =>
        new(id, new DocumentMetadata { Publisher = publisher, Origin = origin, Title = title, Published = published, Reliability = reliability },
            TextSignature.Of(text ?? Words(id, 200)));

    /// <summary>An interval written with day precision.</summary>
    public static TimeExpression Time(string start, string? end = null, TimeQualifier qualifier = TimeQualifier.Within) => new()
    {
        Text = start,
        Span = new TextSpan(0, 1),
        Start = qualifier == TimeQualifier.Before ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
        End = DateOnly.Parse(end ?? start, System.Globalization.CultureInfo.InvariantCulture),
        Granularity = TimeGranularity.Day,
        Qualifier = qualifier,
    };

    /// <summary><paramref name="count"/> words that no other seed repeats: a text unlike any other.</summary>
    public static string Words(string seed, int count)
    {
        var random = new Random(seed.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)));
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => new string([.. Enumerable.Range(0, 6).Select(_ => (char)('a' + random.Next(26)))])));
    }
}
