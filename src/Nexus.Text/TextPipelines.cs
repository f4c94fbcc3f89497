using Nexus.Text.Acronyms;
using Nexus.Text.Claims;
using Nexus.Text.Coreference;
using Nexus.Text.Gazetteers;
using Nexus.Text.Mentions;
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
    /// stages before building.
    /// </summary>
    public static PipelineBuilder Default(GazetteerMatcher gazetteer) =>
        new PipelineBuilder()
            .Add(new TokenizerStage())
            .Add(new SentenceStage())
            .Add(new GazetteerStage(gazetteer))
            .Add(new NameRulesStage())
            .Add(new AcronymStage())
            .Add(new MentionSelectionStage())
            .Add(new CoreferenceStage())
            .Add(new TimeExpressionStage())
            .Add(new ClaimStage());
}
