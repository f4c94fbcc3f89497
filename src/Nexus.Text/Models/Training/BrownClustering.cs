namespace Nexus.Text.Models.Training;

/// <summary>
/// Brown clustering (Brown et al. 1992) with the windowed algorithm of Liang (2005): words are
/// taken in order of frequency, each joins the active clusters as its own, and then the two
/// clusters whose merge loses the least mutual information between adjacent clusters are merged, so
/// at most <c>clusters + 1</c> are ever active. When every word has joined, the remaining clusters
/// are merged down to one, and that merge tree gives each cluster a bit path: words with a long
/// common prefix occur in similar contexts. Deterministic: ties go to the earliest pair.
/// </summary>
public static class BrownClustering
{
    /// <summary>Each word of at least <paramref name="minCount"/> occurrences (case kept) with its cluster's bit path and its count, most frequent first.</summary>
    public static IReadOnlyList<(string Word, string Path, int Count)> Cluster(
        IEnumerable<IReadOnlyList<string>> sentences, int clusters, int minCount, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var text = sentences.ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in text.SelectMany(s => s))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }
        var vocabulary = counts.Where(p => p.Value >= minCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).ToArray();
        var id = vocabulary.Select((w, i) => (w, i)).ToDictionary(p => p.w, p => p.i, StringComparer.Ordinal);
        var bigrams = new Dictionary<(int, int), int>();
        foreach (var sentence in text)
        {
            for (var i = 1; i < sentence.Count; i++)
            {
                if (id.TryGetValue(sentence[i - 1], out var left) && id.TryGetValue(sentence[i], out var right))
                {
                    bigrams[(left, right)] = bigrams.GetValueOrDefault((left, right)) + 1;
                }
            }
        }
        var state = new State(clusters, vocabulary.Select(w => (double)counts[w]).ToArray(), bigrams);
        for (var w = 0; w < vocabulary.Length; w++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            state.Add(w);
            if (state.Active > clusters)
            {
                state.MergeBest();
            }
            if (w % 1000 == 999)
            {
                progress?.Report(new TrainingProgress("clusters", w + 1, vocabulary.Length, 0));
            }
        }
        var paths = state.Hierarchy();
        return [.. vocabulary.Select((w, i) => (w, paths[i], counts[w]))];
    }

    /// <summary>The active clusters: their probabilities, joint probabilities of adjacency, and merge losses.</summary>
    private sealed class State
    {
        private readonly int _slots;
        private readonly double[] _wordProbability;
        private readonly List<(int Other, double P)>[] _right;
        private readonly List<(int Other, double P)>[] _left;
        private readonly int[] _slotOf;
        private readonly bool[] _active;
        private readonly List<int>[] _members;
        private readonly double[] _p1;

        // [left × slots + right]: probability that a word of cluster left precedes one of cluster right.
        private readonly double[] _p2;

        // Symmetric: q(s, t) + q(t, s) off the diagonal, q(s, s) on it.
        private readonly double[] _q2;

        // Symmetric: the mutual information lost by merging s and t.
        private readonly double[] _loss;

        public State(int clusters, double[] counts, Dictionary<(int, int), int> bigrams)
        {
            _slots = clusters + 1;
            var total = counts.Sum();
            var pairs = (double)bigrams.Values.Sum();
            _wordProbability = [.. counts.Select(c => c / total)];
            _right = [.. counts.Select(_ => new List<(int, double)>())];
            _left = [.. counts.Select(_ => new List<(int, double)>())];
            foreach (var ((left, right), count) in bigrams.OrderBy(b => b.Key.Item1).ThenBy(b => b.Key.Item2))
            {
                _right[left].Add((right, count / pairs));
                _left[right].Add((left, count / pairs));
            }
            _slotOf = new int[counts.Length];
            Array.Fill(_slotOf, -1);
            _active = new bool[_slots];
            _members = [.. Enumerable.Range(0, _slots).Select(_ => new List<int>())];
            _p1 = new double[_slots];
            _p2 = new double[_slots * _slots];
            _q2 = new double[_slots * _slots];
            _loss = new double[_slots * _slots];
        }

        public int Active { get; private set; }

        /// <summary>Makes word <paramref name="word"/> a cluster of its own in a free slot.</summary>
        public void Add(int word)
        {
            var k = Array.IndexOf(_active, false);
            _active[k] = true;
            Active++;
            _members[k].Clear();
            _members[k].Add(word);
            _slotOf[word] = k;
            _p1[k] = _wordProbability[word];
            for (var x = 0; x < _slots; x++)
            {
                _p2[(k * _slots) + x] = 0;
                _p2[(x * _slots) + k] = 0;
            }
            foreach (var (right, p) in _right[word])
            {
                if (_slotOf[right] >= 0)
                {
                    _p2[(k * _slots) + _slotOf[right]] += p;
                }
            }
            foreach (var (left, p) in _left[word])
            {
                if (_slotOf[left] >= 0 && left != word)
                {
                    _p2[(_slotOf[left] * _slots) + k] += p;
                }
            }
            RefreshCluster(k);
        }

        /// <summary>Merges the pair of active clusters that loses the least.</summary>
        public void MergeBest()
        {
            var (a, b) = BestPair();
            Merge(a, b);
        }

        /// <summary>
        /// Merges the remaining clusters down to one and returns, for every word, the bit path of its
        /// cluster in that merge tree (the cluster kept in the lower slot is the 0 branch).
        /// </summary>
        public string[] Hierarchy()
        {
            var cluster = (int[])_slotOf.Clone();
            var path = new string[_slots];
            Array.Fill(path, string.Empty);
            // The clusters merged under each slot so far; a merge prepends a bit to the path of each.
            var under = Enumerable.Range(0, _slots).Select(s => new List<int> { s }).ToArray();
            while (Active > 1)
            {
                var (a, b) = BestPair();
                foreach (var s in under[a])
                {
                    path[s] = "0" + path[s];
                }
                foreach (var s in under[b])
                {
                    path[s] = "1" + path[s];
                }
                under[a].AddRange(under[b]);
                under[b].Clear();
                Merge(a, b);
            }
            return [.. cluster.Select(s => path[s].Length == 0 ? "0" : path[s])];
        }

        private (int A, int B) BestPair()
        {
            var best = double.PositiveInfinity;
            var pair = (-1, -1);
            for (var s = 0; s < _slots; s++)
            {
                if (!_active[s])
                {
                    continue;
                }
                for (var t = s + 1; t < _slots; t++)
                {
                    if (_active[t] && _loss[(s * _slots) + t] < best)
                    {
                        best = _loss[(s * _slots) + t];
                        pair = (s, t);
                    }
                }
            }
            return pair;
        }

        private void Merge(int a, int b)
        {
            var pa = _p1[a] + _p1[b];
            var into = new double[_slots];
            var outOf = new double[_slots];
            var qNew = new double[_slots];
            for (var x = 0; x < _slots; x++)
            {
                if (_active[x] && x != a && x != b)
                {
                    outOf[x] = _p2[(a * _slots) + x] + _p2[(b * _slots) + x];
                    into[x] = _p2[(x * _slots) + a] + _p2[(x * _slots) + b];
                    qNew[x] = Q(_p1[x], pa, into[x]) + Q(pa, _p1[x], outOf[x]);
                }
            }
            var self = _p2[(a * _slots) + a] + _p2[(a * _slots) + b] + _p2[(b * _slots) + a] + _p2[(b * _slots) + b];
            for (var s = 0; s < _slots; s++)
            {
                if (!_active[s] || s == a || s == b)
                {
                    continue;
                }
                for (var t = s + 1; t < _slots; t++)
                {
                    if (!_active[t] || t == a || t == b)
                    {
                        continue;
                    }
                    var pm = _p1[s] + _p1[t];
                    var withA = Q(pm, _p1[a], _p2[(s * _slots) + a] + _p2[(t * _slots) + a]) + Q(_p1[a], pm, _p2[(a * _slots) + s] + _p2[(a * _slots) + t]);
                    var withB = Q(pm, _p1[b], _p2[(s * _slots) + b] + _p2[(t * _slots) + b]) + Q(_p1[b], pm, _p2[(b * _slots) + s] + _p2[(b * _slots) + t]);
                    var withMerged = Q(pm, pa, into[s] + into[t]) + Q(pa, pm, outOf[s] + outOf[t]);
                    var delta = withA + withB - withMerged
                        - (_q2[(s * _slots) + a] + _q2[(s * _slots) + b] - qNew[s])
                        - (_q2[(t * _slots) + a] + _q2[(t * _slots) + b] - qNew[t]);
                    _loss[(s * _slots) + t] += delta;
                    _loss[(t * _slots) + s] += delta;
                }
            }
            _p1[a] = pa;
            for (var x = 0; x < _slots; x++)
            {
                _p2[(a * _slots) + x] = outOf[x];
                _p2[(x * _slots) + a] = into[x];
                _p2[(b * _slots) + x] = 0;
                _p2[(x * _slots) + b] = 0;
            }
            _p2[(a * _slots) + a] = self;
            foreach (var word in _members[b])
            {
                _slotOf[word] = a;
            }
            _members[a].AddRange(_members[b]);
            _members[b].Clear();
            _active[b] = false;
            Active--;
            RefreshCluster(a);
        }

        /// <summary>Recomputes the q and loss entries of cluster <paramref name="k"/> against every active cluster.</summary>
        private void RefreshCluster(int k)
        {
            for (var x = 0; x < _slots; x++)
            {
                if (_active[x])
                {
                    var q = x == k
                        ? Q(_p1[k], _p1[k], _p2[(k * _slots) + k])
                        : Q(_p1[k], _p1[x], _p2[(k * _slots) + x]) + Q(_p1[x], _p1[k], _p2[(x * _slots) + k]);
                    _q2[(k * _slots) + x] = q;
                    _q2[(x * _slots) + k] = q;
                }
            }
            for (var x = 0; x < _slots; x++)
            {
                if (_active[x] && x != k)
                {
                    var loss = Loss(k, x);
                    _loss[(k * _slots) + x] = loss;
                    _loss[(x * _slots) + k] = loss;
                }
            }
        }

        /// <summary>The mutual information lost by merging clusters <paramref name="s"/> and <paramref name="t"/>, from scratch.</summary>
        private double Loss(int s, int t)
        {
            var pm = _p1[s] + _p1[t];
            var sum = 0.0;
            for (var x = 0; x < _slots; x++)
            {
                if (!_active[x] || x == s || x == t)
                {
                    continue;
                }
                var outOf = _p2[(s * _slots) + x] + _p2[(t * _slots) + x];
                var into = _p2[(x * _slots) + s] + _p2[(x * _slots) + t];
                sum += _q2[(s * _slots) + x] + _q2[(t * _slots) + x] - Q(pm, _p1[x], outOf) - Q(_p1[x], pm, into);
            }
            var self = _p2[(s * _slots) + s] + _p2[(s * _slots) + t] + _p2[(t * _slots) + s] + _p2[(t * _slots) + t];
            return sum + _q2[(s * _slots) + s] + _q2[(t * _slots) + t] + _q2[(s * _slots) + t] - Q(pm, pm, self);
        }

        /// <summary>One term of the mutual information: p(l, r) log p(l, r) / (p(l) p(r)).</summary>
        private static double Q(double left, double right, double joint) => joint > 0 ? joint * Math.Log(joint / (left * right)) : 0;
    }
}
