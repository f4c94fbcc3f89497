using System.Security.Cryptography;
using System.Text;
using Nexus.Resolution.Names;
using Nexus.Resolution.ReferenceData;

namespace Nexus.Resolution.Entities;

/// <summary>
/// Resolves document entities into global entities across documents. Rules, in order of strength:
/// <list type="number">
/// <item>members that carry the same external reference join (after linking: places geocoded,
/// organisations and people screened against the lists, ambiguous acronyms read by context);</item>
/// <item>members of one type whose name or an alias is the same after normalisation join (a single
/// word never joins people; acronyms join only when no list gives them two meanings);</item>
/// <item>members in different documents with similar names join: organisations at
/// <see cref="OrganizationThreshold"/>, people at <see cref="PersonThreshold"/> and only when both
/// names have two or more parts and the last parts agree ("R. M. Ashfaq" ~ "Rana Mohammad
/// Ashfaq", but "Naseem Baloch" ≁ "Karima Baloch").</item>
/// </list>
/// Joins never cross types, nor clusters whose references from the same list or whose kinds
/// differ. Input is sorted first and edges are applied strongest first, so the result does not
/// depend on input order; ids hash the type and the cluster's strongest reference (else its smallest
/// normalised name). Analyst curations (merge, split, rename) are replayed on top, oldest first.
/// Thread-safe: no state between calls beyond the immutable reference library.
/// </summary>
public sealed class EntityResolver
{
    public const double OrganizationThreshold = 0.92;
    public const double PersonThreshold = 0.88;

    /// <summary>Refs of what contains a place ("within:geonames:1183606"): they locate, they do not identify.</summary>
    public const string WithinPrefix = "within:";

    /// <summary>A name token shared by more distinct names than this is too common to block on.</summary>
    private const int MaxBlockSize = 200;

    private static readonly string[] SchemePriority = ["un", "misp", "curated", "ethnic", "country", "geonames"];

    private readonly ReferenceLibrary library;
    private readonly ReferenceLinker linker;
    private readonly NameSimilarity similarity = new();

    public EntityResolver(ReferenceLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        this.library = library;
        linker = new ReferenceLinker(library);
    }

    /// <summary>Resolves the given document entities and replays the curations over the result.</summary>
    /// <exception cref="ArgumentException">The same document entity (document id and key) is given twice.</exception>
    public ResolutionResult Resolve(
        IEnumerable<(string DocumentId, DocumentEntity Entity, DateOnly? Published)> documentEntities,
        IReadOnlyList<Curation> curations)
    {
        ArgumentNullException.ThrowIfNull(documentEntities);
        ArgumentNullException.ThrowIfNull(curations);
        var sorted = documentEntities
            .OrderBy(x => x.DocumentId, StringComparer.Ordinal)
            .ThenBy(x => x.Entity.Key, StringComparer.Ordinal)
            .ToList();
        var members = new List<Member>(sorted.Count);
        foreach (var (documentId, entity, published) in sorted)
        {
            if (members.Count > 0 && members[^1].DocumentId == documentId && members[^1].Entity.Key == entity.Key)
            {
                throw new ArgumentException($"Document entity {documentId}#{entity.Key} is given twice.", nameof(documentEntities));
            }
            members.Add(new Member(members.Count, documentId, entity, published));
        }

        foreach (var document in members.GroupBy(m => m.DocumentId, StringComparer.Ordinal))
        {
            var context = linker.Countries(document);
            foreach (var m in document)
            {
                (m.Links, m.Coordinates) = linker.Link(m, context);
            }
        }

        var clustering = new Clustering(members);
        foreach (var edge in Edges(members).Order())
        {
            clustering.Apply(edge);
        }
        var clusters = clustering.Groups().Select(g => new Cluster(g)).ToList();
        foreach (var c in clusters)
        {
            foreach (var i in c.Members)
            {
                c.Reasons[i] = clustering.Joined[i] is { } e ? (e.Reason, e.Score) : Founding(members[i]);
            }
        }
        new CurationReplay(members, clusters, Id).Apply(curations);
        return Build(members, clusters);
    }

    private IEnumerable<Edge> Edges(List<Member> members)
    {
        // Shared references: a star from the first member holding each ref.
        foreach (var group in members.SelectMany(m => m.Links.Where(l => !l.Ref.StartsWith(WithinPrefix, StringComparison.Ordinal)).Select(l => (Member: m, Link: l)))
                     .GroupBy(x => (x.Member.Entity.Type, x.Link.Ref)))
        {
            var list = group.OrderBy(x => x.Member.Index).ToList();
            foreach (var x in list.Skip(1))
            {
                var score = Math.Min(list[0].Link.Score, x.Link.Score);
                yield return new Edge(list[0].Member.Index, x.Member.Index, score, 0, $"both are {group.Key.Ref}: {x.Link.Reason}");
            }
        }

        // Same name after normalisation.
        var names = members.SelectMany(m => m.Names.Where(n => Joinable(m, n)).Select(n => (Member: m, Name: n))).ToList();
        foreach (var group in names.GroupBy(x => (x.Member.Entity.Type, x.Name.Key)))
        {
            var list = group.DistinctBy(x => x.Member.Index).OrderBy(x => x.Member.Index).ToList();
            foreach (var x in list.Skip(1))
            {
                yield return new Edge(list[0].Member.Index, x.Member.Index, 1, 1, $"same name after normalisation: '{x.Name.Original}' = '{list[0].Name.Original}'");
            }
        }

        // Similar names across documents, blocked on the phonetic keys of their name tokens.
        var fuzzy = names.Where(x => x.Member.Entity.Type is EntityType.Person or EntityType.Organization && !x.Name.IsAcronym).ToList();
        var blocks = fuzzy.SelectMany((x, i) => x.Name.Core.Where(t => t.Kind == NameTokenKind.Name).Select(t => (Key: (x.Member.Entity.Type, t.Key), Index: i)))
            .GroupBy(x => x.Key, x => x.Index)
            .Select(g => g.Distinct().ToList())
            .Where(g => g.Count is > 1 and <= MaxBlockSize);
        var seen = new HashSet<(int, int)>();
        foreach (var block in blocks)
        {
            for (var p = 0; p < block.Count; p++)
            {
                for (var q = p + 1; q < block.Count; q++)
                {
                    var (x, y) = (fuzzy[block[p]], fuzzy[block[q]]);
                    if (x.Member.DocumentId == y.Member.DocumentId || x.Name.Key == y.Name.Key || !seen.Add((block[p], block[q])))
                    {
                        continue;
                    }
                    if (Similar(x.Member.Entity.Type, x.Name, y.Name) is { } score)
                    {
                        var (a, b) = x.Member.Index < y.Member.Index ? (x, y) : (y, x);
                        yield return new Edge(a.Member.Index, b.Member.Index, score, 2, $"similar name: '{b.Name.Original}' ~ '{a.Name.Original}' ({score:0.000})");
                    }
                }
            }
        }
    }

    /// <summary>Whether a name may join members by itself: people need two name parts; ambiguous acronyms never do; literals never join.</summary>
    private bool Joinable(Member m, NormalizedName n) => m.Entity.Type switch
    {
        EntityType.Money or EntityType.Quantity or EntityType.Temporal => false,
        EntityType.Person => n.Core.Count() >= 2,
        _ => n.Key.Length > 0 && !(n.IsAcronym && linker.IsAmbiguousAcronym(n.Original)),
    };

    private double? Similar(EntityType type, NormalizedName a, NormalizedName b)
    {
        var score = similarity.Score(a, b);
        if (type == EntityType.Organization)
        {
            return score >= OrganizationThreshold ? score : null;
        }
        var x = a.Core.ToList();
        var y = b.Core.ToList();
        var surnames = x[^1].Kind == NameTokenKind.Name && y[^1].Kind == NameTokenKind.Name && similarity.TokenScore(x[^1], y[^1]) >= 0.9;
        return score >= PersonThreshold && surnames && x.Count >= 2 && y.Count >= 2 ? score : null;
    }

    private static (string Reason, double Score) Founding(Member m) =>
        m.Links.FirstOrDefault(l => !l.Ref.StartsWith(WithinPrefix, StringComparison.Ordinal)) is { } link
            ? (link.Reason, link.Score)
            : ($"no other mention matched '{m.Entity.Name}'", 1);

    /// <summary>"ent:" + 16 hex digits of SHA-256 over the type and the cluster's anchor: its strongest reference, else its smallest normalised name.</summary>
    private string Id(IReadOnlyList<Member> members)
    {
        var refs = members.SelectMany(m => m.IdentityRefs).Distinct(StringComparer.Ordinal).ToList();
        var anchor = refs
            .OrderBy(r => Array.IndexOf(SchemePriority, r[..Math.Max(0, r.IndexOf(':', StringComparison.Ordinal))]) is var i && i < 0 ? int.MaxValue : i)
            .ThenBy(r => r, StringComparer.Ordinal)
            .FirstOrDefault()
            ?? members.SelectMany(m => m.Names).Select(n => n.Key).Where(k => k.Length > 0).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? members.Select(m => m.Handle).Order(StringComparer.Ordinal).First();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(members[0].Entity.Type + "\n" + anchor));
        return "ent:" + Convert.ToHexStringLower(hash)[..16];
    }

    private ResolutionResult Build(List<Member> members, List<Cluster> clusters)
    {
        var entities = new List<Entity>();
        var memberships = new List<EntityMembership>();
        foreach (var cluster in clusters.Where(c => c.Members.Count > 0))
        {
            var list = cluster.Members.Select(i => members[i]).ToList();
            var id = Id(list);
            var name = cluster.Name ?? list.GroupBy(m => m.Entity.Name, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var refs = list.SelectMany(m => m.Links.Select(l => l.Ref)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            // A geocoded place's kind is the gazetteer's word on it ("Kabul" the city, not the province).
            var kind = (list[0].Entity.Type == EntityType.Location ? refs.Select(library.Geocoder.Find).OfType<Place>().Select(p => (EntityKind?)p.Kind).FirstOrDefault() : null)
                ?? list.Select(m => m.Entity.Kind).OfType<EntityKind>().GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (EntityKind?)g.Key).FirstOrDefault()
                ?? refs.Select(library.FindRecord).OfType<ReferenceRecord>().Select(r => r.Kind).FirstOrDefault(k => k is not null);
            entities.Add(new Entity
            {
                Id = id,
                Type = list[0].Entity.Type,
                Kind = kind,
                Name = name,
                Aliases = Aliases(list, name, refs),
                Refs = refs,
                Coordinates = list.Select(m => m.Coordinates).FirstOrDefault(c => c is not null),
            });
            memberships.AddRange(list.Select(m => new EntityMembership(m.Ref, id, cluster.Reasons[m.Index].Reason, Math.Round(cluster.Reasons[m.Index].Score, 3))));
        }
        return new ResolutionResult(
            [.. entities.OrderBy(e => e.Id, StringComparer.Ordinal)],
            [.. memberships.OrderBy(m => m.Member.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Member.Key, StringComparer.Ordinal)]);
    }

    /// <summary>The documents' names (source: the first document using each), then the listed names of the entity's records.</summary>
    private ImmutableArray<Alias> Aliases(List<Member> members, string name, ImmutableArray<string> refs)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { name };
        var aliases = new List<Alias>();
        foreach (var (alias, doc) in members.SelectMany(m => m.Entity.Aliases.Prepend(m.Entity.Name).Select(a => (a, m.DocumentId)))
                     .OrderBy(x => x.a, StringComparer.Ordinal).ThenBy(x => x.DocumentId, StringComparer.Ordinal))
        {
            if (seen.Add(alias))
            {
                aliases.Add(new Alias(alias, doc));
            }
        }
        foreach (var record in refs.Select(library.FindRecord).OfType<ReferenceRecord>().Where(r => r.Type != EntityType.Nationality))
        {
            foreach (var a in record.Aliases.Where(a => !a.IsLow && a.Quality is not ("original" or "gloss")).Select(a => a.Name).Prepend(record.Name))
            {
                if (seen.Add(a))
                {
                    aliases.Add(new Alias(a, record.List));
                }
            }
        }
        return [.. aliases];
    }
}
