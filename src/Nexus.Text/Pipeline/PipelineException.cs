namespace Nexus.Text.Pipeline;

/// <summary>A stage failed on a document; the message names both so a batch can report and go on.</summary>
public sealed class PipelineException(string stage, Document document, Exception inner)
    : Exception($"Stage '{stage}' failed on {document.Metadata.Source ?? document.Id}: {inner.Message}", inner)
{
    public string Stage { get; } = stage;
}
