using Nexus.Text.Mentions;
using Nexus.Text.Names;
using Nexus.Text.Pipeline;

namespace Nexus.Text.Models.Ner;

/// <summary>
/// Joins the NER model's mentions to those of the lists and rules (<see cref="MentionReconciler"/>).
/// Only model mentions that can become nodes of the evidence graph are kept: names, that is spans the
/// tagger reads as proper nouns (re3d also tags "the regime", "we" or a sentence-initial "Observers",
/// which are not names; a person's name is proper nouns throughout; "the SDF" is judged as "SDF", the
/// form it is kept in), and weapons, platforms and
/// vehicles, which claims use as items. Times, quantities and money stay with the time stage and the
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
        return document with
        {
            Mentions = MentionReconciler.Reconcile(document.Mentions.Where(m => m.Source != NerStage.Source || IsGraphNode(document, index, MentionReconciler.WithoutArticle(m)))),
        };
    }

    private static bool IsGraphNode(AnnotatedDocument document, TokenIndex index, Mention mention)
    {
        var (start, end) = index.Range(mention.Span);
        var tags = Enumerable.Range(start, end - start).Select(i => document.Tokens[i]).Where(t => char.IsLetter(t.Text[0])).Select(t => t.Tag).ToList();
        var words = mention.Text.Split(' ');
        if (!char.IsUpper(words[0][0]) && mention.Type is not (EntityType.Weapon or EntityType.MilitaryPlatform or EntityType.Vehicle))
        {
            return false;
        }
        return mention.Type switch
        {
            // "Major Non-NATO Ally" is no one's name: people's names hold no acronyms or digits.
            EntityType.Person => tags.Count > 0 && tags.All(t => t == "PROPN")
                && !words.Any(w => w.Any(char.IsDigit) || w.Length > 1 && w.Where(char.IsLetter).All(char.IsUpper)),
            // "Islamists", "Salafists": a category of people, not an organisation.
            EntityType.Organization when words.Length == 1 && (mention.Text.EndsWith("ists", StringComparison.Ordinal) || mention.Text.EndsWith("ites", StringComparison.Ordinal)) => false,
            EntityType.Organization or EntityType.Location or EntityType.Nationality or EntityType.Document or EntityType.Event =>
                tags.Contains("PROPN") && !Lexicon.CapitalisedFunctionWords.Contains(mention.Text),
            EntityType.Weapon or EntityType.MilitaryPlatform or EntityType.Vehicle => true,
            _ => false,
        };
    }
}
