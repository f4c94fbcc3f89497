using Nexus.Resolution.Names;
using Nexus.Resolution.ReferenceData;

namespace Nexus.Resolution.Screening;

/// <summary>
/// Screens names against reference records (people and organisations). Every name and alias is
/// normalised once; blocking on the phonetic keys of its tokens, on their one-deletion variants
/// (symmetric deletion, so a typo in a key still meets its neighbour) and on the first and last
/// four letters of each word finds candidates — proposed only by the query's heaviest tokens
/// (prefix filtering); a length bound discards more before <see cref="NameSimilarity"/> scores the
/// rest.
/// Immutable after construction: safe for concurrent calls.
/// </summary>
public sealed class Screener
{
    /// <summary>Low-quality UN aliases ("Ahmed", "Haji Mudir") name many people: their scores count for less.</summary>
    private const double LowQualityFactor = 0.95;

    /// <summary>The weight floor for the commonest name tokens, relative to a unique one.</summary>
    private const double MinRarity = 0.35;

    private readonly ImmutableArray<ReferenceRecord> records;
    private readonly IndexedName[] names;
    private readonly FrozenDictionary<string, int[]> postings;
    private readonly NameSimilarity similarity = new();
    private readonly FrozenDictionary<string, double> rarity;
    private readonly Func<NameToken, double> weight;
    private readonly ThreadLocal<CandidateSet> scratch;

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
            foreach (var key in tokens.Where(t => t.Kind != NameTokenKind.Initial).SelectMany(BlockingKeys).Distinct(StringComparer.Ordinal))
            {
                if (!index.TryGetValue(key, out var ids))
                {
                    index[key] = ids = [];
                }
                ids.Add(id);
            }
        }
        postings = index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        scratch = new ThreadLocal<CandidateSet>(() => new CandidateSet(names.Length));
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

    /// <summary>
    /// Screens a resolved entity (what <c>nexus xref</c> does for each stored one): its name and the
    /// aliases its documents use, against records of its type; each record's best match is kept.
    /// Aliases the entity took from a list ("un", "misp", "curated") are not screened again, nor a
    /// person's short references that only repeat part of another of its names.
    /// </summary>
    public ScreeningResult ScreenEntity(Entity entity, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        options ??= ScreeningOptions.Default;
        if (entity.Type is not (EntityType.Person or EntityType.Organization))
        {
            return new ScreeningResult(entity.Name, []);
        }
        var typed = options with { Type = entity.Type, MaxResults = int.MaxValue };
        var names = entity.Aliases.Where(a => a.Source is not ("un" or "misp" or "curated")).Select(a => a.Name).Prepend(entity.Name)
            .Distinct(StringComparer.Ordinal).Select(NameNormalizer.Normalize).ToList();
        // As in resolution, a person's short reference ("Ag Moussa") is not screened on its own.
        var screened = entity.Type == EntityType.Person ? names.Where(n => !names.Any(n.IsPartOf)) : names;
        var matches = screened.SelectMany(n => Matches(n, typed))
            .GroupBy(m => m.Ref, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(m => m.Score).First())
            .OrderByDescending(m => m.Score).ThenBy(m => ListRank(m.List)).ThenBy(m => m.Ref, StringComparer.Ordinal)
            .Take(options.MaxResults);
        return new ScreeningResult(entity.Name, [.. matches]);
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
        var initials = 0;
        foreach (var t in query)
        {
            if (t.Kind == NameTokenKind.Initial)
            {
                initialsWeight += TokenWeight(t);
                initials++;
            }
        }

        // Upper bound: the score is Σ (w_query + w_listed)·sim over paired tokens / (Wq + Wl). A listed
        // name met by query tokens of weight h (count k) pairs at most k of its tokens, each weighing
        // at most 1, so it scores at most (h + min(Wl, k)) / (Wq + Wl) ≤ (h + k) / (Wq + k); initials
        // pair with anything. Prefix filtering: tokens heaviest first, only those before the point
        // where the rest could not reach MinScore need to propose candidates, so the common tokens
        // ("muhamad", "abd") rarely do.
        var tokens = query.ToArray().Where(t => t.Kind != NameTokenKind.Initial)
            .OrderByDescending(TokenWeight).ThenBy(t => t.Canonical, StringComparer.Ordinal).ToList();
        var restWeight = tokens.Sum(TokenWeight) + initialsWeight;
        var restCount = tokens.Count + initials;
        var scratch = this.scratch.Value!;
        scratch.Clear();
        foreach (var token in tokens)
        {
            // Past the prefix a token only adds its weight to candidates already met.
            var proposing = (restWeight + restCount) / (queryWeight + restCount) >= options.MinScore - 1e-9;
            restWeight -= TokenWeight(token);
            restCount--;
            scratch.NextToken();
            foreach (var key in BlockingKeys(token))
            {
                if (postings.TryGetValue(key, out var ids))
                {
                    foreach (var id in ids)
                    {
                        scratch.Meet(id, TokenWeight(token), proposing);
                    }
                }
            }
        }

        var best = new Dictionary<int, (double Score, IndexedName Name)>();
        foreach (var id in scratch.Touched)
        {
            var candidate = names[id];
            var factor = candidate.Low ? LowQualityFactor : 1.0;
            var paired = Math.Min(candidate.Weight, scratch.Count(id) + initials);
            var bound = (scratch.Weight(id) + initialsWeight + paired) / (queryWeight + candidate.Weight) * factor;
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

    /// <summary>
    /// The phonetic key; for keys of three letters or more every one-deletion variant (a consonant
    /// typo); for words of five letters or more the first and last four letters of the spelling (a
    /// typo that changes the key twice, "Blanc" → "Bxanc", still leaves one of them whole).
    /// </summary>
    private static IEnumerable<string> BlockingKeys(NameToken token)
    {
        var key = token.Key;
        yield return key;
        if (key.Length >= 3)
        {
            for (var i = 0; i < key.Length; i++)
            {
                yield return string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1));
            }
        }
        if (token.Canonical.Length >= 5)
        {
            yield return "<" + token.Canonical[..4];
            yield return ">" + token.Canonical[^4..];
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

    /// <summary>
    /// The candidates one query has met and the weight of the query tokens that met each, kept per
    /// thread so that a query allocates nothing for them.
    /// </summary>
    private sealed class CandidateSet(int size)
    {
        private readonly int[] lastToken = new int[size];
        private readonly double[] weight = new double[size];
        private readonly int[] count = new int[size];
        private int token;

        public List<int> Touched { get; } = [];

        public void NextToken() => token++;

        /// <summary>Counts the current token once per candidate; a candidate not yet met joins only when <paramref name="propose"/>.</summary>
        public void Meet(int id, double tokenWeight, bool propose)
        {
            if (lastToken[id] == token)
            {
                return;
            }
            if (lastToken[id] == 0)
            {
                if (!propose)
                {
                    return;
                }
                Touched.Add(id);
            }
            lastToken[id] = token;
            weight[id] += tokenWeight;
            count[id]++;
        }

        public double Weight(int id) => weight[id];

        public int Count(int id) => count[id];

        public void Clear()
        {
            foreach (var id in Touched)
            {
                lastToken[id] = 0;
                weight[id] = 0;
                count[id] = 0;
            }
            Touched.Clear();
            token = 0;
        }
    }
}
