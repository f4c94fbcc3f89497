using System.Text.Json;

namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// Finds, for each gold row of one document, the claim Nexus read for it. A claim matches a row when
/// <list type="bullet">
/// <item>its predicate is the row's, or one re3d counts as the same relation (hostile_to and attacked,
/// member_of and part_of, operates_in and located_in), in either order for a symmetric predicate;</item>
/// <item>each argument's entity is named as the row names it: its name, an alias or a mention's text equals the
/// row's, or one is the other with modifiers in front ("Cook" and "Peter Cook", "coalition" and "international
/// coalition") or with lower-case words added ("Al-Sinek" and "Al-Sinek neighborhood", "Iraqi forces" and "Iraqi
/// security forces"), case and curly apostrophes aside;</item>
/// <item>its evidence holds the row's quote (up to the first "…").</item>
/// </list>
/// Each claim answers one row at most, rows in file order.
/// </summary>
public static class AttributionMatcher
{
    /// <summary>The row's document key for a re3d text: "CENTCOM/001C9C3F".</summary>
    public static string KeyOf(Re3dText text) => text.Folder + "/" + text.Id[..Math.Min(8, text.Id.Length)];

    public static List<AttributionJudgement> Match(IEnumerable<AttributionGoldRow> rows, AnnotatedDocument document)
    {
        var used = new HashSet<Claim>(ReferenceEqualityComparer.Instance);
        var judgements = new List<AttributionJudgement>();
        foreach (var row in rows)
        {
            var quote = Fold(row.Quote.Split('…')[0].Trim());
            var claim = document.Claims.FirstOrDefault(c => !used.Contains(c)
                && SamePredicate(row.Predicate, c.Predicate)
                && Fold(c.Evidence.Of(document.Text)).Contains(quote, StringComparison.OrdinalIgnoreCase)
                && (Names(document, c.Subject, row.Subject) && Names(document, c.Object, row.Object)
                    || Ontology.Describe(c.Predicate).Symmetric && Names(document, c.Subject, row.Object) && Names(document, c.Object, row.Subject)));
            if (claim is not null)
            {
                used.Add(claim);
            }
            judgements.Add(new AttributionJudgement(row, claim));
        }
        return judgements;
    }

    /// <summary>
    /// "author" is the author; otherwise one of the row's alternatives and the holder's text hold one another, curly
    /// apostrophes aside ("Da’esh" as the document writes it is the row's "Da'esh").
    /// </summary>
    public static bool SameHolder(string gold, Holder holder) =>
        gold == "author"
            ? holder.Kind == HolderKind.Author
            : holder.Kind != HolderKind.Author && gold.Split('|').Select(Fold).Any(g =>
                g.Contains(Fold(holder.Text), StringComparison.OrdinalIgnoreCase) || Fold(holder.Text).Contains(g, StringComparison.OrdinalIgnoreCase));

    /// <summary>The name the gold files and the JSON contract use ("operates_in", "reported").</summary>
    public static string WireName<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static bool SamePredicate(string gold, Predicate predicate) =>
        gold == WireName(predicate)
        || Re3dRelationTypes.Of(predicate) is { } type
           && Enum.GetValues<Predicate>().Any(p => WireName(p) == gold && Re3dRelationTypes.Of(p) == type);

    private static bool Names(AnnotatedDocument document, string? key, string gold)
    {
        if (key is null)
        {
            return gold is "-" or "";
        }
        var wanted = Words(gold);
        var entity = document.Entity(key);
        var names = new[] { entity?.Name ?? key }
            .Concat(entity?.Aliases ?? [])
            .Concat(document.Mentions.Where(m => m.EntityKey == key).Select(m => m.Text));
        return names.Select(Words).Any(n => SameHead(n, wanted));
    }

    // The shorter name's words all occur in the longer, which ends in the same word or adds only lower-case words
    // ("U.S." is not "U.S. Central Command").
    private static bool SameHead(string[] a, string[] b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var extra = longer.Where(w => !shorter.Contains(w, StringComparer.OrdinalIgnoreCase)).ToList();
        return shorter.Length > 0 && longer.Length - extra.Count >= shorter.Length
            && (string.Equals(shorter[^1], longer[^1], StringComparison.OrdinalIgnoreCase) || extra.All(w => char.IsLower(w[0])));
    }

    private static string[] Words(string name)
    {
        var words = Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words[0] is "the" or "The" ? words[1..] : words;
    }

    private static string Fold(string text) =>
        string.Join(' ', text.Replace('’', '\'').Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
