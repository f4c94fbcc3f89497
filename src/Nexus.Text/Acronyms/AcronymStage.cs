using Nexus.Text.Gazetteers;
using Nexus.Text.Mentions;
using Nexus.Text.Names;
using Nexus.Text.Pipeline;
using Nexus.Text.Tokenization;

namespace Nexus.Text.Acronyms;

/// <summary>
/// Links "Long Form (ACR)" and "ACR (Long Form)": both get one canonical name (the list's name when
/// a gazetteer knows either, else the long form), so coreference joins them, and every later bare
/// occurrence of the acronym becomes a mention of the same thing.
/// </summary>
public sealed class AcronymStage : IPipelineStage
{
    private const string Source = "acronym";

    public string Name => "acronyms";

    public IReadOnlyCollection<Layer> Requires => [Layer.Tokens, Layer.Sentences, Layer.Mentions];

    public IReadOnlyCollection<Layer> Produces => [Layer.Mentions];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        var index = new TokenIndex(tokens);
        var builder = new MentionBuilder(document);
        var mentions = document.Mentions.ToList();
        var definitions = new Dictionary<string, Mention>(StringComparer.Ordinal);

        foreach (var sentence in document.Sentences)
        {
            for (var i = sentence.FirstToken + 1; i + 2 < sentence.EndToken; i++)
            {
                if (tokens[i].Text != "(" || tokens[i + 2].Text != ")" || !AcronymMatcher.IsAcronym(tokens[i + 1].Text))
                {
                    continue;
                }
                var acronym = tokens[i + 1].Text;
                if (LongFormBefore(document, index, mentions, sentence, i, acronym) is not { } longForm)
                {
                    continue;
                }
                var acronymMention = mentions.FirstOrDefault(m => m.Span == tokens[i + 1].Span);
                var linked = Link(longForm, acronymMention);
                Replace(mentions, longForm, linked.Long);
                if (acronymMention is not null)
                {
                    Replace(mentions, acronymMention, linked.Short);
                }
                else
                {
                    mentions.Add(builder.Create(i + 1, i + 2, linked.Long.Type, linked.Long.Kind, Source, 0.85, linked.Long.Canonical, linked.Long.Refs));
                }
                definitions.TryAdd(acronym, linked.Long);
            }
        }

        // Bare uses of a defined acronym elsewhere in the document.
        for (var i = 0; i < tokens.Length; i++)
        {
            if (definitions.TryGetValue(tokens[i].Text, out var longForm) && !mentions.Any(m => m.Span.Overlaps(tokens[i].Span)))
            {
                mentions.Add(builder.Create(i, i + 1, longForm.Type, longForm.Kind, Source, 0.8, longForm.Canonical, longForm.Refs));
            }
            else if (definitions.TryGetValue(tokens[i].Text, out longForm) && mentions.FindIndex(m => m.Span == tokens[i].Span) is var at and >= 0
                && mentions[at].Canonical != longForm.Canonical && mentions[at].Refs.Intersect(longForm.Refs).Any() is false)
            {
                // A list may know the acronym as something else ("ISI"): the document's own definition wins.
                mentions[at] = mentions[at] with { Type = longForm.Type, Kind = longForm.Kind, Canonical = longForm.Canonical, Refs = longForm.Refs, Source = Source };
            }
        }
        return document with { Mentions = [.. mentions] };
    }

    // The mention or capitalised run that ends right before "(" and whose initials spell the acronym.
    private static Mention? LongFormBefore(AnnotatedDocument document, TokenIndex index, List<Mention> mentions, Sentence sentence, int paren, string acronym)
    {
        var tokens = document.Tokens;
        var end = tokens[paren - 1].Span.End;
        var candidates = mentions.Where(m => m.Span.End == end).OrderByDescending(m => m.Span.Length);
        foreach (var mention in candidates)
        {
            var (start, stop) = index.Range(mention.Span);
            if (AcronymMatcher.Abbreviates(acronym, Words(tokens, start, stop)))
            {
                return mention;
            }
        }
        var run = CapitalisedRuns.Find(tokens, sentence.FirstToken, paren).LastOrDefault(r => r.End == paren);
        if (run is null)
        {
            return null;
        }
        for (var start = run.Start; start < run.End; start++)
        {
            if (AcronymMatcher.Abbreviates(acronym, Words(tokens, start, run.End)))
            {
                var created = new MentionBuilder(document).Create(start, run.End, EntityType.Organization, null, Source, 0.8);
                mentions.Add(created);
                return created;
            }
        }
        return null;
    }

    private static List<string> Words(ImmutableArray<Token> tokens, int start, int end) =>
        [.. Enumerable.Range(start, end - start).Select(i => tokens[i].Text)];

    // The long form decides the type and, when a list knows it, the canonical name. The acronym's own
    // list entry counts only when it names the same thing: "ISI" alone may be listed as the Islamic
    // State of Iraq, which must not leak onto "Inter-Services Intelligence (ISI)".
    private static (Mention Long, Mention Short) Link(Mention longForm, Mention? acronym)
    {
        var longName = longForm.Canonical ?? longForm.Text;
        var acronymAgrees = acronym is { Refs.IsEmpty: false, Canonical: { } listedName } && SameName(listedName, longName);
        var listed = !longForm.Refs.IsEmpty ? longForm : acronymAgrees ? acronym : null;
        var type = longForm.Source == Source && acronymAgrees ? acronym!.Type : longForm.Type;
        var kind = longForm.Kind ?? (acronymAgrees ? acronym!.Kind : null);
        var canonical = listed?.Canonical ?? longName;
        var refs = listed?.Refs ?? [];
        var linkedLong = longForm with { Type = type, Kind = kind, Canonical = canonical, Refs = refs };
        var linkedShort = (acronym ?? longForm) with { Type = type, Kind = kind, Canonical = canonical, Refs = refs };
        return (linkedLong, linkedShort);
    }

    private static bool SameName(string a, string b) =>
        string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    private static string Key(string name) =>
        string.Join(' ', Tokenizer.Tokenize(name).Select(t => t.Text).Where(w => !NameKey.IsJoiner(w)).Select(w => NameKey.Fold(w, caseSensitive: false)));

    private static void Replace(List<Mention> mentions, Mention old, Mention updated)
    {
        var at = mentions.IndexOf(old);
        if (at >= 0)
        {
            mentions[at] = updated;
        }
    }
}
