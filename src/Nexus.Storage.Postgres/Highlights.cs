using Nexus.Core;

namespace Nexus.Storage.Postgres;

/// <summary>
/// <c>ts_headline</c> marks matches in a snippet with two private-use characters, which are then taken
/// out and turned into spans, so that no markup is ever mixed into raw document text.
/// </summary>
internal static class Highlights
{
    public const string Open = "\uE000";
    public const string Close = "\uE001";

    public static SearchHit Hit(string documentId, string? title, string marked, double rank)
    {
        var snippet = new System.Text.StringBuilder(marked.Length);
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        var start = -1;
        foreach (var c in marked)
        {
            if (c == Open[0])
            {
                start = snippet.Length;
            }
            else if (c == Close[0])
            {
                if (start >= 0 && snippet.Length > start)
                {
                    spans.Add(new TextSpan(start, snippet.Length));
                }
                start = -1;
            }
            else
            {
                snippet.Append(c);
            }
        }
        return new SearchHit(documentId, title, snippet.ToString(), rank) { Highlights = spans.ToImmutable() };
    }
}
