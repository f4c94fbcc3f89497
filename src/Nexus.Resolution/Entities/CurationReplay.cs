using Nexus.Resolution.Names;

namespace Nexus.Resolution.Entities;

/// <summary>
/// Replays analyst curations, oldest first, over the automatic clusters. Merge targets and rename
/// targets are members written "documentId#key" (the entity holding that member: what the CLI stores,
/// since a member never changes while entity ids and names may when more documents arrive), entity
/// ids (also ids an earlier curation retired) or names (an entity's name or any alias its members
/// use, compared after folding); split targets are members, taken out together into one new entity.
/// Other actions concern claims and sources and are not the resolver's. A target naming nothing
/// (a document since removed) is skipped: the rest of the curation still applies.
/// </summary>
internal sealed class CurationReplay(List<Member> members, List<Cluster> clusters, Func<IReadOnlyList<Member>, string> id)
{
    private readonly Dictionary<string, Cluster> retired = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Member> byHandle = members.ToDictionary(m => m.Handle, StringComparer.Ordinal);

    public void Apply(IEnumerable<Curation> curations)
    {
        foreach (var c in curations.OrderBy(c => c.At).ThenBy(c => c.Id, StringComparer.Ordinal))
        {
            var why = $"analyst {c.Action.ToString().ToLowerInvariant()} {c.Id}" + (c.Reason is { Length: > 0 } r ? $": {r}" : "");
            switch (c.Action)
            {
                case CurationAction.Merge:
                    Merge([.. c.Targets.SelectMany(Find).Distinct().OrderBy(x => x.Members[0])], why);
                    break;
                case CurationAction.Split:
                    Split(c.Targets, why);
                    break;
                case CurationAction.Rename when c.Value is { Length: > 0 } name:
                    foreach (var cluster in c.Targets.SelectMany(Find).Distinct())
                    {
                        cluster.Name = name;
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private void Merge(List<Cluster> targets, string why)
    {
        if (targets.Count < 2)
        {
            return;
        }
        var into = targets[0];
        foreach (var other in targets.Skip(1))
        {
            retired[id(Of(other))] = into;
            foreach (var i in other.Members)
            {
                into.Reasons[i] = (why, 1);
            }
            into.Members.AddRange(other.Members);
            into.Name ??= other.Name;
            other.Members.Clear();
        }
        into.Members.Sort();
    }

    private void Split(IEnumerable<string> handles, string why)
    {
        var taken = new List<int>();
        foreach (var handle in handles)
        {
            var member = byHandle.GetValueOrDefault(handle);
            var from = member is null ? null : clusters.FirstOrDefault(c => c.Members.Contains(member.Index));
            if (from is null || from.Members.Count < 2)
            {
                continue;
            }
            from.Members.Remove(member!.Index);
            taken.Add(member.Index);
        }
        if (taken.Count == 0)
        {
            return;
        }
        var cluster = new Cluster([.. taken.Order()]);
        foreach (var i in taken)
        {
            cluster.Reasons[i] = (why, 1);
        }
        clusters.Add(cluster);
    }

    /// <summary>Clusters a target names: the one holding a member, by id, by an id an earlier merge retired, else by name.</summary>
    private IEnumerable<Cluster> Find(string target)
    {
        var live = clusters.Where(c => c.Members.Count > 0).ToList();
        if (byHandle.TryGetValue(target, out var member))
        {
            return live.Where(c => c.Members.Contains(member.Index));
        }
        var byId = live.Where(c => string.Equals(id(Of(c)), target, StringComparison.Ordinal)).ToList();
        if (byId.Count > 0)
        {
            return byId;
        }
        if (retired.TryGetValue(target, out var merged))
        {
            return [merged];
        }
        var folded = NameNormalizer.Fold(target);
        return live.Where(c => string.Equals(NameNormalizer.Fold(c.Name ?? ""), folded, StringComparison.Ordinal)
            || Of(c).Any(m => m.Entity.Aliases.Prepend(m.Entity.Name).Any(n => string.Equals(NameNormalizer.Fold(n), folded, StringComparison.Ordinal))));
    }

    private List<Member> Of(Cluster c) => [.. c.Members.Select(i => members[i])];
}
