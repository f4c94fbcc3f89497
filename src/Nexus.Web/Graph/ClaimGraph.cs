using System.Text.Json;
using Nexus.Engine;

namespace Nexus.Web.Graph;

/// <summary>
/// Folds claims into a graph of entities and (subject, predicate, object) edges. Only claims with both
/// ends resolved to entities are drawn; rejected claims never are. Not thread-safe: one per request.
/// </summary>
internal sealed class ClaimGraph(GraphRequest filter)
{
    private readonly Dictionary<string, (EntityRef End, int Claims)> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EdgeSum> _edges = new(StringComparer.Ordinal);
    private readonly HashSet<Modality> _modalities = [.. (filter.Modality ?? []).Select(m => m.Value)];
    private readonly HashSet<EntityType> _types = [.. (filter.Type ?? []).Select(t => t.Value)];
    private readonly HashSet<Predicate> _predicates = [.. (filter.Predicate ?? []).Select(p => p.Value)];

    /// <summary>Ids of the entities at the other end of the drawn edges of <paramref name="entityId"/>, most claims first.</summary>
    public IEnumerable<string> NeighboursOf(string entityId) => _edges.Values
        .Where(e => e.Subject == entityId || e.Object == entityId)
        .GroupBy(e => e.Subject == entityId ? e.Object : e.Subject)
        .OrderByDescending(g => g.Sum(e => e.Claims.Count))
        .Select(g => g.Key);

    public void Add(StoredClaim claim)
    {
        if (claim.Rejected || claim.Subject.EntityId is not { } subject || claim.Object?.EntityId is not { } obj || subject == obj || !Passes(claim))
        {
            return;
        }
        var key = $"{subject}|{JsonName(claim.Claim.Predicate)}|{obj}";
        if (!_edges.TryGetValue(key, out var edge))
        {
            edge = new EdgeSum(key, subject, obj, claim.Claim.Predicate);
            _edges.Add(key, edge);
        }
        if (!edge.Add(claim))
        {
            return;
        }
        Count(claim.Subject);
        Count(claim.Object);
    }

    public GraphResponse Build(int limit)
    {
        var edges = _edges.Values
            .OrderByDescending(e => e.Claims.Count)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(e => e.ToEdge())
            .ToList();
        var drawn = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        var nodes = _nodes
            .Where(n => drawn.Contains(n.Key))
            .Select(n => new GraphNode(n.Key, n.Value.End.Name, n.Value.End.Type, n.Value.Claims))
            .OrderByDescending(n => n.Claims)
            .ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        return new GraphResponse(nodes, edges, _edges.Count > edges.Count);
    }

    private void Count(EntityRef end)
    {
        var id = end.EntityId!;
        _nodes[id] = (end, _nodes.TryGetValue(id, out var node) ? node.Claims + 1 : 1);
    }

    private bool Passes(StoredClaim stored)
    {
        var claim = stored.Claim;
        if (_modalities.Count > 0 && !_modalities.Contains(claim.Modality))
        {
            return false;
        }
        if (_predicates.Count > 0 && !_predicates.Contains(claim.Predicate))
        {
            return false;
        }
        if (_types.Count > 0 && !(Shown(stored.Subject) && Shown(stored.Object!)))
        {
            return false;
        }
        var (start, end) = DatesOf(stored);
        return (filter.From is not { } from || end is null || end >= from) && (filter.To is not { } to || start is null || start <= to);
    }

    /// <summary>The focus entity stays drawn whatever its type, or its neighbourhood would vanish.</summary>
    private bool Shown(EntityRef end) =>
        _types.Contains(end.Type) || (filter.Entity is { } focus && string.Equals(end.EntityId, focus, StringComparison.Ordinal));

    /// <summary>The claim's own time when it has one, else its document's publication date.</summary>
    internal static (DateOnly? Start, DateOnly? End) DatesOf(StoredClaim claim) =>
        claim.Claim.Time is { } time && (time.Start ?? time.End) is not null
            ? (time.Start ?? time.End, time.End ?? time.Start)
            : (claim.DocumentPublished, claim.DocumentPublished);

    private static string JsonName(Predicate predicate) =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(predicate.ToString());

    private sealed class EdgeSum(string id, string subject, string obj, Predicate predicate)
    {
        private readonly HashSet<string> _claimIds = new(StringComparer.Ordinal);

        public string Id => id;

        public string Subject => subject;

        public string Object => obj;

        public List<StoredClaim> Claims { get; } = [];

        /// <summary>False when the claim is already counted (a depth-2 neighbourhood reads some claims twice).</summary>
        public bool Add(StoredClaim claim)
        {
            if (!_claimIds.Add(claim.Id))
            {
                return false;
            }
            Claims.Add(claim);
            return true;
        }

        public GraphEdge ToEdge()
        {
            var dates = Claims.Select(DatesOf).ToList();
            return new GraphEdge(
                id,
                subject,
                obj,
                predicate,
                Claims.Count,
                Claims.Select(c => c.DocumentId).Distinct(StringComparer.Ordinal).Count(),
                [.. Claims.GroupBy(c => c.Claim.Modality).OrderBy(g => g.Key).Select(g => new ModalityCount(g.Key, g.Count()))],
                Claims.Count(c => c.Claim.Polarity == Polarity.Negative),
                [.. Claims.Select(c => c.Claim.Holder.Text).Distinct(StringComparer.Ordinal).Take(5)],
                Dates.Iso(dates.Min(d => d.Start)),
                Dates.Iso(dates.Max(d => d.End)));
        }
    }
}
