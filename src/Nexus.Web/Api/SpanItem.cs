namespace Nexus.Web.Api;

/// <summary>A <c>[start, end)</c> range of UTF-16 offsets.</summary>
public sealed record SpanItem(int Start, int End);
