using Nexus.Text.Pipeline;

namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// Puts re3d's confident entity annotations in place of the mentions the earlier stages found, so
/// that relation reading is measured apart from entity recognition. It takes the place of mention
/// selection: from the found mentions it only borrows the kind, refs and canonical name of one with
/// the same span ("Syria" stays a country, which makes it an actor). Overlapping annotations are
/// flattened, the longest first. Pronouns ("we", "his") are dropped: Nexus never takes one for a
/// mention (see <see cref="Re3dRelationScope"/>).
/// </summary>
public sealed class GoldMentionStage : IPipelineStage
{
    private const double ConfidenceFloor = 0.5;

    private readonly IReadOnlyDictionary<string, ImmutableArray<Re3dAnnotation>> _gold;

    /// <param name="gold">The annotations of each document, by <see cref="Document.Id"/>.</param>
    public GoldMentionStage(IReadOnlyDictionary<string, ImmutableArray<Re3dAnnotation>> gold) => _gold = gold;

    public string Name => "mention-selection";

    public IReadOnlyCollection<Layer> Requires => [Layer.Mentions];

    public IReadOnlyCollection<Layer> Produces => [Layer.Mentions];

    public AnnotatedDocument Process(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        if (!_gold.TryGetValue(document.Document.Id, out var annotations))
        {
            return document;
        }
        var found = document.Mentions.ToLookup(m => m.Span);
        var chosen = new List<Mention>();
        foreach (var annotation in annotations
            .Where(a => a.Confidence >= ConfidenceFloor && a.Span.Length > 0 && a.Span.End <= document.Text.Length)
            .OrderByDescending(a => a.Span.Length).ThenByDescending(a => a.Confidence).ThenBy(a => a.Span.Start))
        {
            if (TypeOf(annotation.Type) is not { } type || chosen.Any(c => c.Span.Overlaps(annotation.Span))
                || Re3dRelationScope.IsPronoun(annotation.Span.Of(document.Text)))
            {
                continue;
            }
            var same = found[annotation.Span].FirstOrDefault(m => m.Type == type);
            chosen.Add(new Mention
            {
                Span = annotation.Span,
                Text = annotation.Span.Of(document.Text),
                Type = type,
                Kind = same?.Kind,
                Refs = same?.Refs ?? [],
                Canonical = same?.Canonical,
                Confidence = annotation.Confidence,
                Source = "gold:re3d",
            });
        }
        return document with { Mentions = [.. chosen.OrderBy(m => m.Span.Start)] };
    }

    private static EntityType? TypeOf(string re3dType) => re3dType switch
    {
        "Person" => EntityType.Person,
        "Organisation" => EntityType.Organization,
        "Location" => EntityType.Location,
        "Nationality" => EntityType.Nationality,
        "Weapon" => EntityType.Weapon,
        "MilitaryPlatform" => EntityType.MilitaryPlatform,
        "Vehicle" => EntityType.Vehicle,
        "Money" => EntityType.Money,
        "Quantity" => EntityType.Quantity,
        "Temporal" => EntityType.Temporal,
        "DocumentReference" => EntityType.Document,
        _ => null,
    };
}
