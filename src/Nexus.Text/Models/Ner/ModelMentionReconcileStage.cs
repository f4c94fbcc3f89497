using Nexus.Text.Gazetteers;
using Nexus.Text.Mentions;
using Nexus.Text.Names;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Models.Ner;

/// <summary>
/// Joins the NER model's mentions to those of the lists and rules (<see cref="MentionReconciler"/>).
/// Only model mentions that can become nodes of the evidence graph are kept: names, that is spans the
/// tagger reads as proper nouns or acronyms (re3d also tags "the regime", "we" or a sentence-initial
/// "Observers", which are not names; "the SDF" is judged as "SDF", the form it is kept in), and weapons,
/// platforms and vehicles, which claims use as items. A person is kept by name, without the titles and
/// roles before it, as the name rules keep people ("Deputy Secretary of State Tony Blinken" → "Tony Blinken",
/// "Navy Capt. Jeff Davis" → "Jeff Davis"), with a nickname in quotation marks inside the name. A list the tagger
/// reads as one name is split at its commas, and acronyms joined by a hyphen are one body ("CJTF-OIR"). Rules' cue-less
/// person guesses the recogniser reads as a title or as no person are dropped. Times, quantities and money stay with
/// the time stage and the claim qualifiers.
/// </summary>
public sealed class ModelMentionReconcileStage : IPipelineStage
{
    // Words that qualify a post after a body's name ("MEMRI Senior Research Fellow").
    private static readonly FrozenSet<string> PostModifiers = FrozenSet.Create(StringComparer.Ordinal,
        "Senior", "Research", "Visiting", "Associate", "Principal", "Executive", "Resident", "Non-Resident", "Nonresident", "Regional", "Provincial", "Military");

    public string Name => "reconcile";

    public IReadOnlyCollection<Layer> Requires => [Layer.Tokens, Layer.PartsOfSpeech, Layer.Mentions];

    public IReadOnlyCollection<Layer> Produces => [Layer.Mentions];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var index = new TokenIndex(document.Tokens);
        var builder = new MentionBuilder(document);
        var kept = new List<Mention>(document.Mentions.Length);
        var titled = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        var read = new HashSet<(TextSpan, EntityType)>();
        var roles = new List<TextSpan>();
        foreach (var mention in document.Mentions)
        {
            if (mention.Source != NerStage.Source)
            {
                kept.Add(mention);
                continue;
            }
            // "Dayton, who was supporting …": what "who" follows is a person, whatever place the recogniser read there.
            if (mention.Type == EntityType.Location && IsFollowedByWho(document.Tokens, index.Range(mention.Span).End))
            {
                continue;
            }
            foreach (var part in Parts(document, index, builder, MentionReconciler.WithoutArticle(mention)))
            {
                var (node, afterTitle, role) = AsGraphNode(document, index, builder, part);
                if (role is { } words)
                {
                    roles.Add(words);
                }
                if (node is not null && read.Add((node.Span, node.Type)))
                {
                    kept.Add(node);
                    if (afterTitle)
                    {
                        titled.Add(node);
                    }
                }
            }
        }
        // "Pentagon Press Secretary Peter Cook": the rules' cue-less guess that "Pentagon Press" is a person lies in the
        // words the recogniser read as the person's title or role, not as a name.
        kept.RemoveAll(m => IsWeakPersonGuess(m) && roles.Any(r => r.Start <= m.Span.Start && m.Span.End <= r.End));
        var people = document.Mentions.Where(m => m.Source == NerStage.Source && m.Type == EntityType.Person).Select(m => m.Span).ToList();
        kept.RemoveAll(m => IsWeakPersonGuess(m) && !people.Any(p => p.Overlaps(m.Span)));
        return document with { Mentions = MentionReconciler.Reconcile(kept, titled) };
    }

    private static bool IsWeakPersonGuess(Mention mention) =>
        mention.Source == NameRulesStage.Source && mention.Type == EntityType.Person && mention.Confidence <= 0.5;

    // The names one model mention stands for. A list is split at its commas ("the Netherlands, Saudi Arabia, Turkey" is
    // three places, not one body; a person's "John Smith, Jr." is one name), and an acronym joined to another by a hyphen
    // is one body with it ("CJTF-OIR", where the recogniser may tag only "OIR").
    private static IEnumerable<Mention> Parts(AnnotatedDocument document, TokenIndex index, MentionBuilder builder, Mention mention)
    {
        var tokens = document.Tokens;
        var (start, end) = index.Range(mention.Span);
        if (mention.Type == EntityType.Organization)
        {
            while (start >= 2 && IsGluedAcronym(tokens, start - 2, start) && IsAcronym(tokens[start].Text))
            {
                start -= 2;
            }
            while (end + 1 < tokens.Length && IsGluedAcronym(tokens, end + 1, end - 1) && IsAcronym(tokens[end - 1].Text))
            {
                end += 2;
            }
            end = BodyEnd(tokens, start, end);
            if (end == start)
            {
                yield break;
            }
        }
        if (mention.Type == EntityType.Person || !Enumerable.Range(start, end - start).Any(i => tokens[i].Text == ","))
        {
            var (first, last) = index.Range(mention.Span);
            yield return first == start && last == end ? mention : builder.Create(start, end, mention.Type, mention.Kind, mention.Source, mention.Confidence);
            yield break;
        }
        var partStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && tokens[i].Text != ",")
            {
                continue;
            }
            var first = partStart;
            while (first < i && tokens[first].Text is "and" or "or")
            {
                first++;
            }
            if (first < i)
            {
                yield return builder.Create(first, i, mention.Type, mention.Kind, mention.Source, mention.Confidence);
            }
            partStart = i + 1;
        }
    }

    // "MEMRI Senior Research Fellow", "CJTF-OIR Spokesman": a post after a body's acronym or head word is the person's, not
    // part of the body's name ("Office of the Prime Minister" keeps its minister). Start when the whole span is a post.
    private static int BodyEnd(ImmutableArray<Token> tokens, int start, int end)
    {
        if (!Lexicon.IsRole(tokens[end - 1].Text.ToLowerInvariant()))
        {
            return end;
        }
        var k = end - 1;
        while (k > start && (Lexicon.IsRole(tokens[k - 1].Text.ToLowerInvariant()) || Lexicon.Titles.Contains(tokens[k - 1].Text) || PostModifiers.Contains(tokens[k - 1].Text)))
        {
            k--;
        }
        return k == start ? start : IsAcronym(tokens[k - 1].Text) || Lexicon.OrganizationHeads.Contains(tokens[k - 1].Text) ? k : end;
    }

    // An acronym token at <paramref name="acronym"/> joined without spaces by a hyphen to the token at <paramref name="other"/>.
    private static bool IsGluedAcronym(ImmutableArray<Token> tokens, int acronym, int other)
    {
        var hyphen = (acronym + other) / 2;
        return NameKey.IsJoiner(tokens[hyphen].Text) && IsAcronym(tokens[acronym].Text)
            && tokens[hyphen].Span.Start == tokens[Math.Min(acronym, other)].Span.End && tokens[Math.Max(acronym, other)].Span.Start == tokens[hyphen].Span.End;
    }

    // The mention as a graph node (null when it names nothing), whether the recogniser read a title or role before a
    // person's name ("Secretary Kerry"), and the words of a person's mention that are not the name (its title or role).
    private static (Mention? Node, bool AfterTitle, TextSpan? Role) AsGraphNode(AnnotatedDocument document, TokenIndex index, MentionBuilder builder, Mention mention)
    {
        var (start, end) = index.Range(mention.Span);
        var tokens = document.Tokens;
        if (mention.Type == EntityType.Person)
        {
            var nameStart = PersonNameStart(tokens, start, end);
            var afterTitle = Enumerable.Range(start, nameStart - start).Any(i => IsTitleAt(tokens, i) && !Lexicon.GeographicWords.Contains(tokens[i].Text));
            // What stands before the name must be a title or more names ("Middle East Tobias Ellwood"), not "Near Palmyra".
            var named = nameStart < end && IsPersonName(tokens, nameStart, end)
                && (afterTitle || Enumerable.Range(start, nameStart - start).All(i => tokens[i].Tag == "PROPN"));
            TextSpan? role = nameStart > start ? new TextSpan(tokens[start].Span.Start, tokens[nameStart - 1].Span.End) : null;
            return named
                ? (builder.Create(nameStart, end, mention.Type, mention.Kind, mention.Source, mention.Confidence), afterTitle, role)
                : (null, false, role);
        }
        if (!char.IsUpper(mention.Text[0]) && mention.Type is not (EntityType.Weapon or EntityType.MilitaryPlatform or EntityType.Vehicle))
        {
            // "the towns of Jabla", "the port city of Tartus": the place is the name after "of".
            var of = Enumerable.Range(start, end - start).LastOrDefault(i => tokens[i].Text == "of", -1);
            return mention.Type == EntityType.Location && of >= 0 && of + 1 < end && Enumerable.Range(of + 1, end - of - 1).All(i => tokens[i].Tag == "PROPN")
                ? (builder.Create(of + 1, end, mention.Type, mention.Kind, mention.Source, mention.Confidence), false, null)
                : (null, false, null);
        }
        var words = mention.Text.Split(' ');
        var proper = Enumerable.Range(start, end - start).Any(i => tokens[i].Tag == "PROPN" || IsAcronym(tokens[i].Text));
        var node = mention.Type switch
        {
            // "Islamists", "Salafists": a category of people, not an organisation.
            EntityType.Organization when words.Length == 1 && (mention.Text.EndsWith("ists", StringComparison.Ordinal) || mention.Text.EndsWith("ites", StringComparison.Ordinal)) => false,
            EntityType.Organization or EntityType.Location or EntityType.Nationality or EntityType.Document or EntityType.Event =>
                proper && !Lexicon.CapitalisedFunctionWords.Contains(mention.Text),
            // "a Pakistan-born militant", "the fighter": a word for a person is no weapon or vehicle, whatever the recogniser reads.
            EntityType.Weapon => !Lexicon.WeaponsInGeneral.Contains(mention.Text) && !IsPersonWord(words[^1]),
            EntityType.MilitaryPlatform or EntityType.Vehicle => !IsPersonWord(words[^1]),
            _ => false,
        };
        // "North Arabian Sea", "the Iraqi Kurdistan Region", "Al-Sinek neighborhood": a name ending in a place's head word is a place.
        if (node && mention.Type == EntityType.Organization && words.Length > 1 && Lexicon.PlaceHeads.Contains(words[^1]))
        {
            return (mention with { Type = EntityType.Location, Kind = null }, false, null);
        }
        return (node ? mention : null, false, null);
    }

    // Where a person's name begins: after the last title, role or the complement of one ("Secretary of State",
    // "Minister for the Middle East"), reading back from the end while the words are parts of a name.
    private static int PersonNameStart(ImmutableArray<Token> tokens, int start, int end)
    {
        var k = end;
        // An acronym is no part of a name but of a title before it ("Envoy to Counter ISIL Brett McGurk"), unless it is a
        // nickname; one that opens the mention is a ship's prefix ("USS Mahan"), which names no person at all.
        while (k > start && IsNamePart(tokens[k - 1]) && !IsTitleAt(tokens, k - 1)
            && !(k - 2 >= start && tokens[k - 2].Text is "of" or "for" or "the")
            && !(k - 1 > start && IsAcronym(tokens[k - 1].Text) && !IsInitial(tokens[k - 1].Text) && !Lexicon.IsRomanNumeral(tokens[k - 1].Text) && !IsQuote(tokens[k - 2].Text)))
        {
            k--;
        }
        while (k < end && (Lexicon.NameConnectors.Contains(tokens[k].Text) || NameKey.IsJoiner(tokens[k].Text) || IsQuote(tokens[k].Text)))
        {
            k++;
        }
        return k;
    }

    private static bool IsFollowedByWho(ImmutableArray<Token> tokens, int end) =>
        end + 1 < tokens.Length && tokens[end].Text == "," && tokens[end + 1].Text == "who";

    // A title, a role, or a rank's "Class" after an ordinal ("Operator 1st Class Charles H. Keating IV").
    private static bool IsTitleAt(ImmutableArray<Token> tokens, int i) =>
        IsTitle(tokens[i].Text) || tokens[i].Text == "Class" && i > 0 && Lexicon.IsOrdinal(tokens[i - 1].Text);

    // The quotation marks around a nickname ("Richard \"Tex\" Coe", "John “J.D.” Dorrian") stay inside the name.
    private static bool IsQuote(string word) => word is "\"" or "“" or "”";

    private static bool IsTitle(string word) =>
        Lexicon.Titles.Contains(word) || Lexicon.IsRole(word.ToLowerInvariant()) || Lexicon.GeographicWords.Contains(word);

    // "militant", "fighters": a noun for a person, singular or plural.
    private static bool IsPersonWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return Lexicon.IsPersonNoun(lower) || lower.EndsWith('s') && Lexicon.IsPersonNoun(lower[..^1]);
    }

    private static bool IsNamePart(Token token) =>
        token.Tag == "PROPN" || IsInitial(token.Text) || Lexicon.IsRomanNumeral(token.Text)
        || Lexicon.NameConnectors.Contains(token.Text) || NameKey.IsJoiner(token.Text) || IsQuote(token.Text);

    // "Major Non-NATO Ally" is no one's name: people's names hold no acronyms or digits, only initials and numerals ("Charles H. Keating IV").
    private static bool IsPersonName(ImmutableArray<Token> tokens, int start, int end) =>
        char.IsUpper(tokens[start].Text[0])
        && Enumerable.Range(start, end - start).All(i =>
            IsNamePart(tokens[i]) && !tokens[i].Text.Any(char.IsDigit)
            && (!IsAcronym(tokens[i].Text) || IsInitial(tokens[i].Text) || Lexicon.IsRomanNumeral(tokens[i].Text) || IsNickname(tokens, i, start, end)));

    // A word between quotation marks inside a name: "J.D." in John “J.D.” Dorrian.
    private static bool IsNickname(ImmutableArray<Token> tokens, int i, int start, int end) =>
        i > start && i + 1 < end && IsQuote(tokens[i - 1].Text) && IsQuote(tokens[i + 1].Text);

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    // "SDF", "U.S.", "al-Qaida's AQAP": two or more letters, all capitals (the tagger often reads them as common nouns).
    private static bool IsAcronym(string word) =>
        word.Count(char.IsLetter) > 1 && word.Where(char.IsLetter).All(char.IsUpper);
}
