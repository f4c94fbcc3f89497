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
/// "Navy Capt. Jeff Davis" → "Jeff Davis"). Times, quantities and money stay with the time stage and the
/// claim qualifiers.
/// </summary>
public sealed class ModelMentionReconcileStage : IPipelineStage
{
    public string Name => "reconcile";

    public IReadOnlyCollection<Layer> Requires => [Layer.Tokens, Layer.PartsOfSpeech, Layer.Mentions];

    public IReadOnlyCollection<Layer> Produces => [Layer.Mentions];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var index = new TokenIndex(document.Tokens);
        var kept = new List<Mention>(document.Mentions.Length);
        var titled = new HashSet<Mention>(ReferenceEqualityComparer.Instance);
        foreach (var mention in document.Mentions)
        {
            if (mention.Source != NerStage.Source)
            {
                kept.Add(mention);
            }
            else if (AsGraphNode(document, index, MentionReconciler.WithoutArticle(mention)) is var (node, afterTitle))
            {
                kept.Add(node);
                if (afterTitle)
                {
                    titled.Add(node);
                }
            }
        }
        return document with { Mentions = MentionReconciler.Reconcile(kept, titled) };
    }

    // The mention as a graph node, and whether the recogniser read a title or role before a person's name ("Secretary
    // Kerry"); null when it names nothing.
    private static (Mention Node, bool AfterTitle)? AsGraphNode(AnnotatedDocument document, TokenIndex index, Mention mention)
    {
        var (start, end) = index.Range(mention.Span);
        if (mention.Type == EntityType.Person)
        {
            var nameStart = PersonNameStart(document.Tokens, start, end);
            var before = Enumerable.Range(start, nameStart - start).Select(i => document.Tokens[i]).ToList();
            var afterTitle = before.Any(t => IsTitle(t.Text) && !Lexicon.GeographicWords.Contains(t.Text));
            // What stands before the name must be a title or more names ("Middle East Tobias Ellwood"), not "Near Palmyra".
            return nameStart < end && IsPersonName(document.Tokens, nameStart, end) && (afterTitle || before.All(t => t.Tag == "PROPN"))
                ? (new MentionBuilder(document).Create(nameStart, end, mention.Type, mention.Kind, mention.Source, mention.Confidence), afterTitle)
                : null;
        }
        if (!char.IsUpper(mention.Text[0]) && mention.Type is not (EntityType.Weapon or EntityType.MilitaryPlatform or EntityType.Vehicle))
        {
            return null;
        }
        var words = mention.Text.Split(' ');
        var named = Enumerable.Range(start, end - start).Any(i => document.Tokens[i].Tag == "PROPN" || IsAcronym(document.Tokens[i].Text));
        var node = mention.Type switch
        {
            // "Islamists", "Salafists": a category of people, not an organisation.
            EntityType.Organization when words.Length == 1 && (mention.Text.EndsWith("ists", StringComparison.Ordinal) || mention.Text.EndsWith("ites", StringComparison.Ordinal)) => false,
            EntityType.Organization or EntityType.Location or EntityType.Nationality or EntityType.Document or EntityType.Event =>
                named && !Lexicon.CapitalisedFunctionWords.Contains(mention.Text),
            EntityType.Weapon or EntityType.MilitaryPlatform or EntityType.Vehicle => true,
            _ => false,
        };
        return node ? (mention, false) : null;
    }

    // Where a person's name begins: after the last title, role or the complement of one ("Secretary of State",
    // "Minister for the Middle East"), reading back from the end while the words are parts of a name.
    private static int PersonNameStart(ImmutableArray<Token> tokens, int start, int end)
    {
        var k = end;
        while (k > start && IsNamePart(tokens[k - 1]) && !IsTitle(tokens[k - 1].Text)
            && !(k - 2 >= start && tokens[k - 2].Text is "of" or "for" or "the"))
        {
            k--;
        }
        while (k < end && (Lexicon.NameConnectors.Contains(tokens[k].Text) || NameKey.IsJoiner(tokens[k].Text)))
        {
            k++;
        }
        return k;
    }

    private static bool IsTitle(string word) =>
        Lexicon.Titles.Contains(word) || Lexicon.IsRole(word.ToLowerInvariant()) || Lexicon.GeographicWords.Contains(word);

    private static bool IsNamePart(Token token) =>
        token.Tag == "PROPN" || IsInitial(token.Text) || IsRomanNumeral(token.Text)
        || Lexicon.NameConnectors.Contains(token.Text) || NameKey.IsJoiner(token.Text);

    // "Major Non-NATO Ally" is no one's name: people's names hold no acronyms or digits, only initials and numerals ("Charles H. Keating IV").
    private static bool IsPersonName(ImmutableArray<Token> tokens, int start, int end) =>
        char.IsUpper(tokens[start].Text[0])
        && Enumerable.Range(start, end - start).Select(i => tokens[i]).All(t =>
            IsNamePart(t) && !t.Text.Any(char.IsDigit) && (!IsAcronym(t.Text) || IsInitial(t.Text) || IsRomanNumeral(t.Text)));

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private static bool IsRomanNumeral(string word) => word is "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII";

    // "SDF", "U.S.", "al-Qaida's AQAP": two or more letters, all capitals (the tagger often reads them as common nouns).
    private static bool IsAcronym(string word) =>
        word.Count(char.IsLetter) > 1 && word.Where(char.IsLetter).All(char.IsUpper);
}
