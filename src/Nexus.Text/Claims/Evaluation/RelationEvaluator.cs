using Nexus.Text.Pipeline;

namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// Scores extracted claims against re3d relations. A claim counts when its predicate maps onto a
/// scored re3d type (<see cref="Re3dRelationTypes"/>) and its confidence reaches the threshold; gold
/// relations are those with crowd confidence ≥ 0.5. Arguments match leniently: a claim's subject
/// and object match a relation's source and target when one of the entity's mentions in the claim's
/// evidence overlaps each span (either order for unordered types). Matching is one-to-one; several
/// claims of one type about the same pair in one sentence count once.
/// </summary>
public static class RelationEvaluator
{
    private const double GoldFloor = 0.5;

    /// <summary>
    /// The default pipeline with re3d's own entity annotations in place of mention selection, to
    /// measure relation reading apart from entity recognition.
    /// </summary>
    public static PipelineBuilder WithGoldMentions(PipelineBuilder builder, IEnumerable<Re3dText> texts) =>
        builder.Replace("mention-selection", new GoldMentionStage(
            texts.GroupBy(t => Document.IdOf(t.Text)).ToDictionary(g => g.Key, g => g.First().Entities, StringComparer.Ordinal)));

    public static RelationEvaluation Evaluate(Re3dFoldPipelines pipelines, IReadOnlyList<Re3dText> texts, double threshold, CancellationToken cancellationToken)
    {
        var outcomes = new List<RelationOutcome>();
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes.AddRange(Score(text, Read(pipelines, text, cancellationToken), threshold));
        }
        var folders = texts.Select(t => t.Folder).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var inScope = outcomes.Where(o => o.InScope).ToList();
        return new RelationEvaluation(texts.Count, ByType(outcomes), Count("all", outcomes), ByFolder(folders, outcomes), [.. outcomes])
        {
            InScopeByType = ByType(inScope),
            InScopeOverall = Count("all", inScope),
            InScopeByFolder = ByFolder(folders, inScope),
        };
    }

    /// <summary>A re3d document read by the pipeline of its source folder.</summary>
    public static AnnotatedDocument Read(Re3dFoldPipelines pipelines, Re3dText text, CancellationToken cancellationToken) =>
        pipelines.For(text.Folder).Run(Document.Create(text.Text, new DocumentMetadata { Title = text.Title, Source = text.Folder }), cancellationToken);

    private static ImmutableArray<RelationScore> ByType(List<RelationOutcome> outcomes) =>
        [.. Re3dRelationTypes.Scored.Select(type => Count(type, outcomes.Where(o => o.Type == type)))];

    private static ImmutableArray<RelationScore> ByFolder(List<string> folders, List<RelationOutcome> outcomes) =>
        [.. folders.Select(folder => Count(folder, outcomes.Where(o => o.Folder == folder)))];

    private static RelationScore Count(string name, IEnumerable<RelationOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new(name, list.Count(o => o.Verdict == "tp"), list.Count(o => o.Verdict == "fp"), list.Count(o => o.Verdict == "fn"));
    }

    private static IEnumerable<RelationOutcome> Score(Re3dText text, AnnotatedDocument annotated, double threshold)
    {
        var gold = Gold(text).ToList();
        var matched = new bool[gold.Count];
        var predictions = annotated.Claims
            .Where(c => c.Confidence >= threshold && c.Object is not null && Re3dRelationTypes.Of(c.Predicate) is not null)
            .Select(c => (Claim: c, Type: Re3dRelationTypes.Of(c.Predicate)!, Subject: SpansOf(annotated, c.Subject, c.Evidence), Object: SpansOf(annotated, c.Object!, c.Evidence)))
            .DistinctBy(p => (p.Type, Pair(p.Type, p.Claim.Subject, p.Claim.Object!), p.Claim.Evidence));
        foreach (var (claim, type, subject, obj) in predictions)
        {
            var hit = gold.FindIndex(g => g.Type == type && Matches(g, subject, obj));
            var (source, target) = (Surface(annotated, claim.Subject, subject), Surface(annotated, claim.Object!, obj));
            if (hit < 0)
            {
                yield return new(text.Folder, text.Id, type, "fp", source, target, claim.Predicate, claim.Evidence.Of(text.Text)) { Pattern = claim.Pattern };
                continue;
            }
            // A second claim about the same pair may match a relation annotated twice; each gold relation counts once.
            var free = Enumerable.Range(0, gold.Count).FirstOrDefault(k => !matched[k] && gold[k].Type == type && Matches(gold[k], subject, obj), -1);
            if (free < 0)
            {
                continue;
            }
            matched[free] = true;
            yield return new(text.Folder, text.Id, type, "tp", source, target, claim.Predicate, claim.Evidence.Of(text.Text))
            {
                Pattern = claim.Pattern,
                Exclusion = Re3dRelationScope.Exclusion(text, gold[free]),
            };
        }
        for (var k = 0; k < gold.Count; k++)
        {
            if (!matched[k])
            {
                var g = gold[k];
                yield return new(text.Folder, text.Id, g.Type, "fn", g.Source.Of(text.Text), g.Target.Of(text.Text), null, SentenceAround(annotated, g.Source))
                {
                    Exclusion = Re3dRelationScope.Exclusion(text, g),
                };
            }
        }
    }

    /// <summary>
    /// Whether re3d annotates the claim's relation (lenient match, any gold relation of its type), or null when
    /// its predicate has no re3d type or it has no object.
    /// </summary>
    public static bool? IsAnnotated(Re3dText text, AnnotatedDocument annotated, Claim claim)
    {
        if (claim.Object is null || Re3dRelationTypes.Of(claim.Predicate) is not { } type)
        {
            return null;
        }
        var (subject, obj) = (SpansOf(annotated, claim.Subject, claim.Evidence), SpansOf(annotated, claim.Object, claim.Evidence));
        return Gold(text).Any(g => g.Type == type && Matches(g, subject, obj));
    }

    /// <summary>Confident relations of the scored types, one per (type, pair of spans): re3d often annotates both directions.</summary>
    internal static IEnumerable<Re3dRelation> Gold(Re3dText text) =>
        text.Relations
            .Where(r => r.Confidence >= GoldFloor && Re3dRelationTypes.Scored.Contains(r.Type) && r.Source.End <= text.Text.Length && r.Target.End <= text.Text.Length)
            .DistinctBy(r => Re3dRelationTypes.IsUnordered(r.Type) && r.Target.Start < r.Source.Start
                ? (r.Type, r.Target, r.Source)
                : (r.Type, r.Source, r.Target));

    private static bool Matches(Re3dRelation gold, List<TextSpan> subject, List<TextSpan> obj) =>
        subject.Any(gold.Source.Overlaps) && obj.Any(gold.Target.Overlaps)
        || Re3dRelationTypes.IsUnordered(gold.Type) && subject.Any(gold.Target.Overlaps) && obj.Any(gold.Source.Overlaps);

    private static (string, string) Pair(string type, string subject, string obj) =>
        Re3dRelationTypes.IsUnordered(type) && string.CompareOrdinal(obj, subject) < 0 ? (obj, subject) : (subject, obj);

    // The mentions of an entity inside the evidence; a pronoun resolved from further back has none there.
    private static List<TextSpan> SpansOf(AnnotatedDocument document, string key, TextSpan evidence) =>
        [.. document.Mentions.Where(m => m.EntityKey == key && evidence.Contains(m.Span)).Select(m => m.Span)];

    private static string Surface(AnnotatedDocument document, string key, List<TextSpan> spans) =>
        spans.Count > 0 ? spans[0].Of(document.Text) : document.Entity(key)?.Name ?? key;

    private static string SentenceAround(AnnotatedDocument document, TextSpan span) =>
        document.Sentences.FirstOrDefault(s => s.Span.Contains(span.Start))?.Span.Of(document.Text) ?? "";
}
