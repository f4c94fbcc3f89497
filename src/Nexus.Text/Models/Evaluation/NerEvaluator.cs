using Nexus.Text.Claims.Evaluation;
using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Ner;
using Nexus.Text.Pipeline;
using Nexus.Text.Tokenization;

namespace Nexus.Text.Models.Evaluation;

/// <summary>Scores a NER tagger: on re3d at character offsets over raw text, on CoNLL-style corpora at token offsets.</summary>
public static class NerEvaluator
{
    /// <summary>Tokenises each document as the product does and compares character spans with the flattened confident gold.</summary>
    public static EntityScorer EvaluateRe3d(NerTagger tagger, IEnumerable<Re3dDocument> documents, CancellationToken cancellationToken)
    {
        var scorer = new EntityScorer();
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var tokens = Tokenizer.Tokenize(document.Text);
            var predicted = new List<(int, int, string)>();
            foreach (var sentence in SentenceSplitter.Split(document.Text, tokens))
            {
                var words = tokens.GetRange(sentence.FirstToken, sentence.TokenCount);
                foreach (var entity in tagger.Tag([.. words.Select(t => t.Text)]))
                {
                    predicted.Add((words[entity.Start].Span.Start, words[entity.End - 1].Span.End, entity.Label));
                }
            }
            scorer.Add([.. Re3dReader.FlatGold(document).Select(g => (g.Span.Start, g.Span.End, g.Label))], predicted);
        }
        return scorer;
    }

    /// <summary>
    /// Scores the mention layer a whole extraction pipeline leaves (lists, rules, recogniser, their
    /// reconciliation and selection: what an analyst sees) against the same gold as <see cref="EvaluateRe3d"/>;
    /// <paramref name="pipelineFor"/> gives the pipeline of each re3d source folder. <c>WithoutPronouns</c> scores
    /// the same mentions with re3d's pronoun gold ("We", "I", "our") left out, and any mention inside one: the
    /// product gives no pronoun an entity of its own, so that score shows convention apart from error.
    /// </summary>
    public static (EntityScorer All, EntityScorer WithoutPronouns) EvaluateRe3dPipeline(
        Func<string, ExtractionPipeline> pipelineFor, IEnumerable<Re3dDocument> documents, CancellationToken cancellationToken)
    {
        var (all, withoutPronouns) = (new EntityScorer(), new EntityScorer());
        foreach (var document in documents)
        {
            var annotated = pipelineFor(document.Source).Run(Document.Create(document.Text, new DocumentMetadata()), cancellationToken);
            var gold = Re3dReader.FlatGold(document);
            var predicted = annotated.Mentions.Select(m => (m.Span, Label: EntityLabels.Of(m.Type))).ToList();
            all.Add([.. gold.Select(g => (g.Span.Start, g.Span.End, g.Label))], [.. predicted.Select(p => (p.Span.Start, p.Span.End, p.Label))]);
            var pronouns = gold.Where(g => Re3dRelationScope.IsPronoun(g.Span.Of(document.Text))).Select(g => g.Span).ToList();
            withoutPronouns.Add(
                [.. gold.Where(g => !pronouns.Contains(g.Span)).Select(g => (g.Span.Start, g.Span.End, g.Label))],
                [.. predicted.Where(p => !pronouns.Any(s => s.Start <= p.Span.Start && p.Span.End <= s.End)).Select(p => (p.Span.Start, p.Span.End, p.Label))]);
        }
        return (all, withoutPronouns);
    }

    public static EntityScorer EvaluateTokens(NerTagger tagger, IEnumerable<NerDocument> documents, CancellationToken cancellationToken)
    {
        var scorer = new EntityScorer();
        foreach (var sentence in documents.SelectMany(d => d.Sentences))
        {
            cancellationToken.ThrowIfCancellationRequested();
            scorer.Add(
                [.. sentence.Entities.Select(e => (e.Start, e.End, e.Label))],
                [.. tagger.Tag(sentence.Words).Select(e => (e.Start, e.End, e.Label))]);
        }
        return scorer;
    }
}
