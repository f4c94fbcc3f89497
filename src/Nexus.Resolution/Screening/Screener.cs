using Nexus.Resolution.Names;
using Nexus.Resolution.ReferenceData;

namespace Nexus.Resolution.Screening;

/// <summary>
/// Screens names against reference records (people and organisations). Every name and alias is
/// normalised once; blocking on the phonetic keys of its tokens and on their one-deletion variants
/// (symmetric deletion, so a typo in a key still meets its neighbour) finds candidates; a cheap
/// upper bound on the score discards most before <see cref="NameSimilarity"/> scores the rest.
/// Immutable after construction: safe for concurrent calls.
/// </summary>
public sealed class Screener
{
    /// <summary>Low-quality UN aliases ("Ahmed", "Haji Mudir") name many people: their scores count for less.</summary>
    private const double LowQualityFactor = 0.95;

    /// <summary>The weight floor for the commonest name tokens, relative to a unique one.</summary>
    private const double MinRarity = 0.35;

    /// <summary>The most a token whose blocking keys met nothing can add: a typo beyond one key edit still scores about this.</summary>
    private const double MissedTokenCeiling = 0.9;

    private readonly ImmutableArray<ReferenceRecord> records;
    private readonly IndexedName[] names;
    private readonly FrozenDictionary<string, int[]> postings;
    private readonly NameSimilarity similarity = new();
    private readonly FrozenDictionary<string, double> rarity;
    private readonly Func<NameToken, double> weight;

    private sealed record IndexedName(int Record, string Alias, bool Low, NameToken[] Tokens, double Weight);

    public Screener(IEnumerable<ReferenceRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        this.records = [.. records.Where(r => r.Type is EntityType.Person or EntityType.Organization)];
        var normalized = new List<(int Record, string Alias, bool Low, NameToken[] Tokens)>();
        for (var r = 0; r < this.records.Length; r++)
        {
            var record = this.records[r];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (alias, low) in record.Aliases.Select(a => (a.Name, a.IsLow)).Prepend((record.Name, false)))
            {
                var n = NameNormalizer.Normalize(alias);
                if (n.Significant.Length > 0 && seen.Add(string.Join(' ', n.Significant.Select(t => t.Canonical))))
                {
                    normalized.Add((r, alias, low, [.. n.Significant]));
                }
            }
        }

        // Rarity: a name token shared by many listed names ("muhamad", "abd", "ali") says less about identity.
        var df = normalized.SelectMany(n => n.Tokens.Select(t => t.Canonical).Distinct(StringComparer.Ordinal))
            .GroupBy(c => c, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var logN = Math.Log(Math.Max(2, normalized.Count));
        rarity = df.ToFrozenDictionary(kv => kv.Key, kv => Math.Clamp(Math.Log((double)normalized.Count / kv.Value) / (logN - Math.Log(2)), MinRarity, 1), StringComparer.Ordinal);
        weight = TokenWeight;

        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        names = new IndexedName[normalized.Count];
        for (var id = 0; id < normalized.Count; id++)
        {
            var (record, alias, low, tokens) = normalized[id];
            names[id] = new IndexedName(record, alias, low, tokens, Weight(tokens));
            foreach (var key in tokens.Where(t => t.Kind != NameTokenKind.Initial).SelectMany(t => BlockingKeys(t.Key)).Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(key, out var ids))
                {
                    index[key] = ids = [];
                }
                ids.Add(id);
            }
        }
        postings = index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Names and aliases indexed.</summary>
    public int IndexedNames => names.Length;

    /// <summary>Screens one name; matches are grouped by record (its best alias), best first.</summary>
    public ScreeningResult Screen(string name, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        options ??= ScreeningOptions.Default;
        return new ScreeningResult(name, Matches(NameNormalizer.Normalize(name), options));
    }

    /// <summary>Screens an already normalised name.</summary>
    public ImmutableArray<ScreeningMatch> Matches(NormalizedName name, ScreeningOptions options)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(options);
        var query = name.Significant.AsSpan();
        if (query.Length == 0)
        {
            return [];
        }
        var queryWeight = Weight(query);
        var initialsWeight = 0.0;
        foreach (var t in query)
        {
            initialsWeight += t.Kind == NameTokenKind.Initial ? TokenWeight(t) : 0;
        }

        // Candidate id → weight of query tokens whose keys met it (each token counted once).
        var hits = new Dictionary<int, double>();
        var metByToken = new HashSet<int>();
        foreach (var token in query)
        {
            if (token.Kind == NameTokenKind.Initial)
            {
                continue;
            }
            metByToken.Clear();
            foreach (var key in BlockingKeys(token.Key))
            {
                if (postings.TryGetValue(key, out var ids))
                {
                    metByToken.UnionWith(ids);
                }
            }
            foreach (var id in metByToken)
            {
                hits[id] = hits.GetValueOrDefault(id) + TokenWeight(token);
            }
        }

        var best = new Dictionary<int, (double Score, IndexedName Name)>();
        foreach (var (id, hitWeight) in hits)
        {
            var candidate = names[id];
            var factor = candidate.Low ? LowQualityFactor : 1.0;
            // Tokens whose keys met nothing may still pair as typos (at most ~0.9); initials pair with anything.
            var reachable = hitWeight + initialsWeight + (MissedTokenCeiling * (queryWeight - hitWeight - initialsWeight));
            var bound = 2 * Math.Min(reachable, candidate.Weight) / (queryWeight + candidate.Weight) * factor;
            if (bound < options.MinScore || (candidate.Low && !options.IncludeLowQuality) || !Accepts(records[candidate.Record], options))
            {
                continue;
            }
            var score = similarity.Score(query, candidate.Tokens, weight) * factor;
            if (score >= options.MinScore && (!best.TryGetValue(candidate.Record, out var current) || score > current.Score))
            {
                best[candidate.Record] = (score, candidate);
            }
        }
        return [.. best
            .Select(kv => (Record: records[kv.Key], kv.Value.Score, kv.Value.Name))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => ListRank(x.Record.List))
            .ThenBy(x => x.Record.Ref, StringComparer.Ordinal)
            .Take(options.MaxResults)
            .Select(x => new ScreeningMatch(x.Record.Name, x.Name.Alias, x.Record.Ref, x.Record.List, Math.Round(x.Score, 3)))];
    }

    private static bool Accepts(ReferenceRecord record, ScreeningOptions options) =>
        (options.Lists.IsDefaultOrEmpty || options.Lists.Contains(record.List)) && (options.Type is null || options.Type == record.Type);

    private static int ListRank(string list) => list switch
    {
        "un" => 0,
        "curated" => 1,
        _ => 2,
    };

    /// <summary>The key and, for keys of three letters or more, every one-deletion variant.</summary>
    private static IEnumerable<string> BlockingKeys(string key)
    {
        yield return key;
        if (key.Length < 3)
        {
            yield break;
        }
        for (var i = 0; i < key.Length; i++)
        {
            yield return string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
        }
    }

    private double Weight(ReadOnlySpan<NameToken> tokens)
    {
        var w = 0.0;
        foreach (var t in tokens)
        {
            w += TokenWeight(t);
        }
        return w;
    }

    /// <summary>Kind weight times rarity; tokens no listed name has count as rare.</summary>
    private double TokenWeight(NameToken t) =>
        NameSimilarity.KindWeight(t) * (t.Kind == NameTokenKind.Name && rarity.TryGetValue(t.Canonical, out var r) ? r : 1);
}
