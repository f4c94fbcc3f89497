namespace Nexus.Core;

/// <summary>An annotation layer a pipeline stage can require or produce.</summary>
public enum Layer
{
    Sentences,
    Tokens,
    PartsOfSpeech,
    Dependencies,
    Mentions,
    Entities,
    TimeExpressions,
    Claims,
}
