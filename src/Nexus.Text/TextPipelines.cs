using Nexus.Text.Acronyms;
using Nexus.Text.Claims;
using Nexus.Text.Claims.Calibration;
using Nexus.Text.Coreference;
using Nexus.Text.Gazetteers;
using Nexus.Text.Mentions;
using Nexus.Text.Models;
using Nexus.Text.Models.Ner;
using Nexus.Text.Models.Parsing;
using Nexus.Text.Models.Pos;
using Nexus.Text.Names;
using Nexus.Text.Pipeline;
using Nexus.Text.Time;
using Nexus.Text.Tokenization;

namespace Nexus.Text;

/// <summary>The standard extraction pipeline, in data-flow order.</summary>
public static class TextPipelines
{
    /// <summary>
    /// A builder holding the default stages; callers may <see cref="PipelineBuilder.Replace"/> or add
    /// stages before building. With <paramref name="models"/>, the trained tagger, recogniser and parser
    /// join the rules: the recogniser's mentions are reconciled with the lists' and the rules' before
    /// one layer is selected.
    /// </summary>
    public static PipelineBuilder Default(GazetteerMatcher gazetteer, ModelCatalog? models = null) =>
        Default(gazetteer, models, CalibrationTable.LoadEmbedded());

    /// <summary>
    /// The default stages with the claim confidences of <paramref name="calibration"/>; null keeps the
    /// patterns' priors, which is what <c>nexus train calibration</c> learns from.
    /// </summary>
    public static PipelineBuilder Default(GazetteerMatcher gazetteer, ModelCatalog? models, CalibrationTable? calibration) =>
        BeforeClaims(gazetteer, models).Add(new ClaimStage(calibration, models?.Relations));

    /// <summary>
    /// The default stages up to the dependency parser, without the claim stage: what the learned relation
    /// reader is trained on (<c>nexus train relations</c>), so training never needs the model it builds.
    /// </summary>
    public static PipelineBuilder BeforeClaims(GazetteerMatcher gazetteer, ModelCatalog? models)
    {
        var builder = new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceStage());
        if (models is not null)
        {
            builder.Add(new PosTaggerStage(models.Pos));
        }
        builder
            .Add(new GazetteerStage(gazetteer))
            .Add(new NameRulesStage())
            .Add(new AcronymStage());
        if (models is not null)
        {
            builder.Add(new NerStage(models.Ner)).Add(new ModelMentionReconcileStage());
        }
        builder
            .Add(new MentionSelectionStage())
            .Add(new SeatOfGovernmentStage(gazetteer))
            .Add(new CoreferenceStage())
            .Add(new TimeExpressionStage());
        if (models is not null)
        {
            // Only the sentences the claim patterns can read a relation from: the claims are the same as with every sentence parsed.
            builder.Add(new DependencyParserStage(models.Parser, DependencyPatterns.Readable));
        }
        return builder;
    }
}
