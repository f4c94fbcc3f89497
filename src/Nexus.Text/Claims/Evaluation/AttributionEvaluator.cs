namespace Nexus.Text.Claims.Evaluation;

/// <summary>Reads the documents a holder and modality gold names and judges the claims read for its rows.</summary>
public static class AttributionEvaluator
{
    public static AttributionEvaluation Evaluate(Re3dFoldPipelines pipelines, IReadOnlyList<Re3dText> texts, IReadOnlyList<AttributionGoldRow> rows, CancellationToken cancellationToken)
    {
        var byKey = texts.ToDictionary(AttributionMatcher.KeyOf, StringComparer.Ordinal);
        var judgements = ImmutableArray.CreateBuilder<AttributionJudgement>();
        foreach (var group in rows.GroupBy(r => r.Document, StringComparer.Ordinal))
        {
            if (!byKey.TryGetValue(group.Key, out var text))
            {
                throw new InvalidDataException($"The gold names the document '{group.Key}', which is not among the re3d texts read.");
            }
            judgements.AddRange(AttributionMatcher.Match(group, RelationEvaluator.Read(pipelines, text, cancellationToken)));
        }
        return new AttributionEvaluation(judgements.ToImmutable());
    }
}
