using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Syndication;

/// <summary>
/// Groups documents into stories. Candidate pairs come from locality-sensitive hashing of the MinHash
/// sketches (32 bands of 4 minima: pairs at a Jaccard similarity of 0.5 are found with probability
/// above 0.87, at 0.7 above 0.9999) and from documents naming the same origin; a candidate joins when
/// its estimated similarity passes <see cref="SyndicationOptions"/>. Joins are transitive (a copy of a
/// copy is the same story). Near-linear in the number of documents; stateless and thread-safe.
/// </summary>
public sealed class SyndicationDetector(SyndicationOptions options)
{
    private const int Bands = 32;
    private const int Rows = TextSignature.Size / Bands;

    /// <summary>The stories of <paramref name="documents"/>, each graded by <paramref name="grades"/>, earliest first.</summary>
    public ImmutableArray<Story> Detect(IReadOnlyList<SourceDocument> documents, SourceGrades grades)
    {
        var sets = new DisjointSets(documents.Count);
        var links = new List<StoryLink>();
        foreach (var bucket in Buckets(documents))
        {
            for (var i = 0; i < bucket.Count; i++)
            {
                for (var j = i + 1; j < bucket.Count; j++)
                {
                    var (a, b) = (documents[bucket[i]], documents[bucket[j]]);
                    if (!sets.Same(bucket[i], bucket[j]) && a.Signature.Jaccard(b.Signature) is var similarity && similarity >= options.DuplicateSimilarity)
                    {
                        sets.Join(bucket[i], bucket[j]);
                        links.Add(new StoryLink(b.Id, a.Id, similarity, "near-duplicate text"));
                    }
                }
            }
        }
        foreach (var (origin, group) in OriginGroups(documents))
        {
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < group.Count; j++)
                {
                    var (a, b) = (documents[group[i]], documents[group[j]]);
                    if (sets.Same(group[i], group[j]))
                    {
                        continue;
                    }
                    var similarity = a.Signature.Jaccard(b.Signature);
                    var sameTitle = a.Metadata.Title is { } ta && b.Metadata.Title is { } tb && NameKey.Fold(ta) == NameKey.Fold(tb);
                    if (similarity >= options.SameOriginSimilarity || sameTitle)
                    {
                        sets.Join(group[i], group[j]);
                        links.Add(new StoryLink(b.Id, a.Id, similarity, sameTitle ? $"same origin ({origin}) and title" : $"same origin ({origin}) and similar text"));
                    }
                }
            }
        }
        return [.. Enumerable.Range(0, documents.Count)
            .GroupBy(sets.Find)
            .Select(g => ToStory([.. g.Select(i => documents[i])], links, grades))
            .OrderBy(s => s.FirstPublished ?? DateOnly.MaxValue).ThenBy(s => s.Id, StringComparer.Ordinal)];
    }

    private static IEnumerable<List<int>> Buckets(IReadOnlyList<SourceDocument> documents)
    {
        var buckets = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Signature.Shingles == 0)
            {
                continue;
            }
            for (var band = 0; band < Bands; band++)
            {
                var key = documents[i].Signature.Band(band, Rows);
                if (!buckets.TryGetValue(key, out var bucket))
                {
                    buckets[key] = bucket = [];
                }
                bucket.Add(i);
            }
        }
        return buckets.Values.Where(b => b.Count > 1);
    }

    /// <summary>Documents that name an origin, with the documents that origin published itself, per origin.</summary>
    private IEnumerable<(string Origin, List<int> Group)> OriginGroups(IReadOnlyList<SourceDocument> documents)
    {
        var groups = new Dictionary<string, (string Name, List<int> Members)>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Metadata.Origin is { Length: > 0 } origin)
            {
                var key = OutletName.Key(origin);
                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = (origin, []);
                }
                group.Members.Add(i);
            }
        }
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Metadata is { Origin: null, Publisher: { Length: > 0 } publisher } && groups.TryGetValue(OutletName.Key(publisher), out var group))
            {
                group.Members.Add(i);
            }
        }
        return groups.Values.Where(g => g.Members.Count > 1 && g.Members.Count <= options.MaxOriginGroup).Select(g => (g.Name, g.Members));
    }

    private static Story ToStory(List<SourceDocument> members, List<StoryLink> links, SourceGrades grades)
    {
        members.Sort((a, b) => (a.Metadata.Published ?? DateOnly.MaxValue).CompareTo(b.Metadata.Published ?? DateOnly.MaxValue) is var c and not 0
            ? c : string.CompareOrdinal(a.Id, b.Id));
        var first = members[0];
        var ids = members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var outlets = members.SelectMany(m => new[] { m.Metadata.Publisher, m.Metadata.Origin })
            .OfType<string>().Where(o => o.Length > 0).DistinctBy(OutletName.Key, StringComparer.Ordinal);
        return new Story
        {
            Id = "story:" + first.Id,
            Documents = [.. members.Select(m => m.Id)],
            Title = first.Metadata.Title,
            Source = members.Select(m => m.Metadata.Origin).FirstOrDefault(o => o is { Length: > 0 }) ?? first.Metadata.Publisher,
            Outlets = [.. outlets],
            FirstPublished = members.Min(m => m.Metadata.Published),
            Reliability = members.Min(m => grades.Of(m.Metadata)),
            Links = members.Count == 1 ? [] : [.. links.Where(l => ids.Contains(l.Document))],
        };
    }
}
