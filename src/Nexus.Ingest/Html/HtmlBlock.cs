namespace Nexus.Ingest.Html;

/// <summary>The text of one block element and the share of it that sits inside links.</summary>
internal sealed record HtmlBlock(string Text, double LinkDensity);
