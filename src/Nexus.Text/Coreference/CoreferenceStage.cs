using Nexus.Text.Gazetteers;
using Nexus.Text.Mentions;
using Nexus.Text.Names;
using Nexus.Text.Pipeline;
using Nexus.Text.Tokenization;

namespace Nexus.Text.Coreference;

/// <summary>
/// Groups mentions into document entities. Mentions join when they share a reference id or a
/// canonical name (acronyms were given their long form's), have the same folded text, or when a
/// single name part repeats a person named in full earlier ("Mengal" → "Mir Shafiq Mengal"; the
/// nearest such person when two share a surname), or a definite "the dossier" points back to the
/// last dossier named. Bare repeats of known names that no stage marked become mentions here, and so do
/// definite descriptions of an organisation named earlier ("the coalition", "the terrorist group"), which join it.
/// </summary>
public sealed class CoreferenceStage : IPipelineStage
{
    private const string Source = "coreference";

    // A definite description ("the group") refers but does not name: it joins its antecedent alone, and is never an
    // entity's name or alias.
    private const string DefiniteSource = "coreference:definite";

    // Head nouns of a definite description that names its organisation by kind ("the coalition" for "the Global
    // Coalition to Counter ISIL", "the regime" for "the Asad regime"), and those that stand for any armed group.
    private static readonly FrozenSet<string> NamedHeads = FrozenSet.ToFrozenSet(
        ["coalition", "regime", "government", "alliance", "militia", "movement"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> GroupHeads = FrozenSet.ToFrozenSet(
        ["group", "organization", "organisation", "outfit"], StringComparer.Ordinal);

    // Words a definite description may have between "the" and its head.
    private const int MaxModifiers = 3;

    public string Name => "coreference";

    public IReadOnlyCollection<Layer> Requires => [Layer.Tokens, Layer.Sentences, Layer.Mentions];

    public IReadOnlyCollection<Layer> Produces => [Layer.Mentions, Layer.Entities];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var propagated = Propagate(document);
        var antecedents = Definites(document, propagated);
        var mentions = propagated.Concat(antecedents.Keys).OrderBy(m => m.Span.Start).ToList();
        var sets = new DisjointSets(mentions.Count);
        var position = new Dictionary<Mention, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Count; i++)
        {
            position[mentions[i]] = i;
        }
        foreach (var (definite, antecedent) in antecedents)
        {
            sets.Union(position[definite], position[antecedent]);
        }
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        // Shorter forms of the names seen so far, each pointing at the latest mention that has it, so a
        // repeated surname joins the nearest person named in full before it.
        var shortForms = new Dictionary<(EntityType, string), int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Source == DefiniteSource)
            {
                // "the group" joins its antecedent only: two groups are not one for being called so.
                continue;
            }
            foreach (var key in IdentityKeys(mention))
            {
                if (byKey.TryGetValue(key, out var other))
                {
                    sets.Union(other, i);
                }
                else
                {
                    byKey[key] = i;
                }
            }
            if (shortForms.TryGetValue((mention.Type, mention.Text.ToLowerInvariant()), out var full))
            {
                sets.Union(full, i);
            }
            foreach (var form in ShortFormsOf(mention))
            {
                shortForms[(mention.Type, form.ToLowerInvariant())] = i;
            }
        }
        return BuildEntities(document, mentions, sets);
    }

    // Keys under which two mentions are the same thing; the type keeps "Baloch" the people apart from
    // "Baloch" the surname.
    private static IEnumerable<string> IdentityKeys(Mention mention)
    {
        var family = mention.Type.ToString();
        foreach (var reference in mention.Refs)
        {
            yield return family + "@" + reference;
        }
        if (mention.Canonical is { } canonical)
        {
            yield return family + ":" + Fold(canonical);
        }
        // "Islamabad denied" is Pakistan, and no "Islamabad" that is the city.
        if (!SeatOfGovernmentStage.IsSeatRead(mention))
        {
            yield return family + ":" + Fold(mention.Text);
        }
    }

    // The forms a later mention may use for this one: a person's single name parts and shorter tails
    // ("Mengal", "Shafiq Mengal"), a document's head noun ("dossier" for "Indian dossier").
    private static IEnumerable<string> ShortFormsOf(Mention mention) => mention.Type switch
    {
        EntityType.Person when mention.Text.Contains(' ', StringComparison.Ordinal) && !IsTitleOnly(mention) =>
            NameParts(mention.Text).Concat(ShorterNames(mention.Text)).Where(f => f.Length < mention.Text.Length),
        EntityType.Document when mention.Text.Contains(' ', StringComparison.Ordinal) => [mention.Text[(mention.Text.LastIndexOf(' ') + 1)..]],
        _ => [],
    };

    // "the Iraqi Foreign Minister" is a post, not a name: its last word is no short name of it, and "the Minister for Central
    // Asia" later in the text is someone else.
    private static bool IsTitleOnly(Mention person) => Lexicon.Titles.Contains(person.Text[(person.Text.LastIndexOf(' ') + 1)..]);

    private static IEnumerable<string> NameParts(string name) =>
        name.Split(' ', '-').Where(p => p.Length > 2 && !Lexicon.Honorifics.Contains(p) && !Lexicon.NameConnectors.Contains(p));

    // Occurrences of a known person's shorter name ("Mengal", "Ag Moussa", "Al-Mahdi" for "Khalid al-Mahdi"),
    // or of any multi-word name, that no stage marked.
    private static List<Mention> Propagate(AnnotatedDocument document)
    {
        var mentions = document.Mentions.ToList();
        var builder = new MentionBuilder(document);
        var otherTyped = mentions.Where(m => m.Type != EntityType.Person).Select(m => m.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shortNames = mentions
            .Where(m => m.Type == EntityType.Person && !IsTitleOnly(m))
            .SelectMany(m => ShorterNames(m.Text))
            .Where(n => !otherTyped.Contains(n))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(n => (Text: n, Template: (Mention?)null));
        var repeatable = mentions
            .Where(m => m.Text.Contains(' ', StringComparison.Ordinal) && m.Type is not (EntityType.Document or EntityType.Weapon))
            .GroupBy(m => m.Text, StringComparer.Ordinal)
            .Select(g => (Text: g.Key, Template: (Mention?)g.First()));
        var names = shortNames.Concat(repeatable).OrderByDescending(n => n.Text.Length).ToList();
        var tokens = document.Tokens;
        var index = new TokenIndex(tokens);
        var covered = Covered(index, tokens.Length, mentions);
        var byFirstWord = names
            .GroupBy(n => Tokenizer.Tokenize(n.Text)[0].Text, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (covered[i] || !char.IsUpper(tokens[i].Text[0]) || !byFirstWord.TryGetValue(tokens[i].Text, out var candidates))
            {
                continue;
            }
            foreach (var (text, template) in candidates)
            {
                var offset = tokens[i].Span.Start;
                var end = index.FirstAtOrAfter(offset + text.Length);
                if (end > tokens.Length || end <= i || tokens[end - 1].Span.End != offset + text.Length
                    || !string.Equals(document.Text.Substring(offset, text.Length), text, template is null ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
                    || covered.AsSpan(i, end - i).Contains(true) || template is null && IsNameContinued(tokens, i, end))
                {
                    continue;
                }
                mentions.Add(template is null
                    ? builder.Create(i, end, EntityType.Person, null, Source, 0.7)
                    : builder.Create(i, end, template.Type, template.Kind, Source, 0.75, template.Canonical, template.Refs));
                covered.AsSpan(i, end - i).Fill(true);
                break;
            }
        }
        return mentions;
    }

    private static bool[] Covered(TokenIndex index, int tokens, IEnumerable<Mention> mentions)
    {
        var covered = new bool[tokens];
        foreach (var mention in mentions)
        {
            var (start, end) = index.Range(mention.Span);
            covered.AsSpan(start, end - start).Fill(true);
        }
        return covered;
    }

    // "the coalition", "the U.S.-led coalition", "the terrorist group", "this terrorist organisation": a definite description
    // no stage marked, whose antecedent is the last organisation named before it with the same head word ("the regime" → "the
    // Asad regime") or, for "the group", the last armed group. A capitalised modifier must be in the antecedent's name too, so "the Syrian
    // government" never points at "the Iraqi government"; "the government of Iraq" is a name, not a description.
    // Returns each new mention with the mention it joins.
    private static Dictionary<Mention, Mention> Definites(AnnotatedDocument document, List<Mention> mentions)
    {
        var tokens = document.Tokens;
        var index = new TokenIndex(tokens);
        var covered = Covered(index, tokens.Length, mentions);
        var organisations = mentions.Where(m => m.Type == EntityType.Organization).OrderBy(m => m.Span.Start).ToList();
        var builder = new MentionBuilder(document);
        var found = new Dictionary<Mention, Mention>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Text is not ("the" or "The" or "this" or "This") || covered[i])
            {
                continue;
            }
            var head = Enumerable.Range(i + 1, Math.Min(MaxModifiers + 1, tokens.Length - i - 1))
                .TakeWhile(k => !covered[k] && tokens[k].Text is not ("," or ";" or ":" or "(" or ")" or "." or "and" or "or"))
                .FirstOrDefault(k => NamedHeads.Contains(tokens[k].Text.ToLowerInvariant()) || GroupHeads.Contains(tokens[k].Text.ToLowerInvariant()), -1);
            if (head < 0 || head + 1 < tokens.Length && (tokens[head + 1].Text == "of" || char.IsUpper(tokens[head + 1].Text[0])))
            {
                continue;
            }
            var word = tokens[head].Text.ToLowerInvariant();
            var named = Enumerable.Range(i + 1, head - i - 1).Select(k => tokens[k].Text).Where(t => char.IsUpper(t[0])).ToList();
            var antecedent = organisations.LastOrDefault(m => m.Span.End <= tokens[i].Span.Start
                && (HasWord(m.Text, word) || GroupHeads.Contains(word) && m.Kind == EntityKind.ArmedGroup)
                && named.All(n => m.Text.Contains(n, StringComparison.OrdinalIgnoreCase)));
            if (antecedent is not null)
            {
                found[builder.Create(i + 1, head + 1, EntityType.Organization, antecedent.Kind, DefiniteSource, 0.6, antecedent.Canonical, antecedent.Refs)] = antecedent;
                covered.AsSpan(i, head + 1 - i).Fill(true);
            }
        }
        return found;
    }

    private static bool HasWord(string text, string word) =>
        text.Split(' ', '-').Any(w => string.Equals(w, word, StringComparison.OrdinalIgnoreCase));

    // "Mir Shafiq Mengal" → "Shafiq Mengal", "Mengal"; "Hamadou Ag Moussa" → "Ag Moussa", "Moussa"; "Charles H. Keating IV"
    // → "H. Keating", "Keating" (the numeral is no one's surname).
    private static IEnumerable<string> ShorterNames(string name)
    {
        var words = name.Split(' ').SkipWhile(Lexicon.Honorifics.Contains).ToList();
        if (words.Count > 2 && Lexicon.IsRomanNumeral(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        for (var k = 1; k < words.Count; k++)
        {
            var tail = words.Skip(k).ToList();
            if (tail.Count == 1 && (tail[0].Length < 3 || Lexicon.NameConnectors.Contains(tail[0])))
            {
                continue;
            }
            yield return string.Join(' ', tail);
        }
        // "Haider al-Abadi" → "Abadi" too: a surname is often written again without its Arabic article.
        if (words.Count > 1 && words[^1].IndexOf('-', StringComparison.Ordinal) is var hyphen and > 0
            && Lexicon.NameConnectors.Contains(words[^1][..hyphen].ToLowerInvariant()) && words[^1].Length - hyphen > 3)
        {
            yield return words[^1][(hyphen + 1)..];
        }
    }

    // "Mengal's" is fine; "Mengal Khan" or "Ahmad Mengal" is another name.
    private static bool IsNameContinued(ImmutableArray<Token> tokens, int i, int end) =>
        end < tokens.Length && tokens[end].Span.Start == tokens[end - 1].Span.End + 1 && CapitalisedRuns.IsNameLike(tokens[end].Text)
        || i > 0 && tokens[i - 1].Span.End + 1 == tokens[i].Span.Start && CapitalisedRuns.IsNameLike(tokens[i - 1].Text)
           && !Lexicon.CapitalisedFunctionWords.Contains(tokens[i - 1].Text);

    private static AnnotatedDocument BuildEntities(AnnotatedDocument document, List<Mention> mentions, DisjointSets sets)
    {
        var clusters = Enumerable.Range(0, mentions.Count)
            .GroupBy(sets.Find)
            .OrderBy(g => g.Min())
            .ToList();
        var keyed = new Mention[mentions.Count];
        var entities = ImmutableArray.CreateBuilder<DocumentEntity>(clusters.Count);
        foreach (var (cluster, number) in clusters.Select((c, n) => (c, n + 1)))
        {
            var key = "e" + number;
            var members = cluster.Select(i => mentions[i]).ToList();
            var best = members.OrderByDescending(m => m.Confidence).ThenByDescending(m => m.Refs.Length).First();
            var naming = members.Where(m => m.Source != DefiniteSource).ToList();
            var name = PreferredName(naming);
            entities.Add(new DocumentEntity
            {
                Key = key,
                Type = best.Type,
                Kind = members.Select(m => m.Kind).FirstOrDefault(k => k is not null),
                Name = name,
                Aliases = [.. naming.Select(m => m.Text).Where(t => t != name).Distinct(StringComparer.Ordinal)],
                Refs = [.. members.SelectMany(m => m.Refs).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            });
            foreach (var i in cluster)
            {
                keyed[i] = mentions[i] with { EntityKey = key, Type = best.Type };
            }
        }
        return document with { Mentions = [.. keyed], Entities = entities.ToImmutable() };
    }

    // The fullest form the document writes: the longest mention that is not an acronym, nor a capital standing for its
    // country (a country named only as "Tehran" is called by its list name, "Iran").
    private static string PreferredName(List<Mention> members)
    {
        if (members.All(SeatOfGovernmentStage.IsSeatRead))
        {
            return members[0].Canonical!;
        }
        var written = members.Where(m => !SeatOfGovernmentStage.IsSeatRead(m)).Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList();
        var full = written.Where(t => !Acronyms.AcronymMatcher.IsAcronym(t)).ToList();
        return full.Count > 0
            ? full.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).First()
            : members.Select(m => m.Canonical).FirstOrDefault(c => c is not null) ?? written[0];
    }

    private static string Fold(string name) =>
        string.Join(' ', Tokenizer.Tokenize(name).Select(t => t.Text)
            .Where(w => !NameKey.IsJoiner(w) && w is not ("the" or "The"))
            .Select(w => NameKey.Fold(w, caseSensitive: false)));
}
