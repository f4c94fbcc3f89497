using Nexus.Engine;

namespace Nexus.Web.Documents;

/// <summary>
/// A document for the reader: metadata, the clean text, and its mentions and claims as offsets into
/// that text. The text is data: pages render it as text, never as markup.
/// </summary>
public sealed record DocumentResponse(
    string Id,
    string? Title,
    string? Publisher,
    string? Origin,
    IReadOnlyList<string> Authors,
    string? Published,
    string? Source,
    string? Format,
    string Marking,
    string Reliability,
    string Text,
    IReadOnlyList<MentionItem> Mentions,
    IReadOnlyList<ClaimView> Claims)
{
    public static DocumentResponse From(AnnotatedDocument document, IReadOnlyList<StoredClaim> claims)
    {
        var metadata = document.Document.Metadata;
        var resolved = GlobalIds(claims);
        return new(
            document.Document.Id,
            metadata.Title,
            metadata.Publisher,
            metadata.Origin,
            metadata.Authors,
            Dates.Iso(metadata.Published),
            metadata.Source,
            metadata.Format,
            Tlp.Format(metadata.Marking),
            metadata.Reliability.ToString(),
            document.Text,
            [.. document.Mentions.Select(m => MentionItem.From(m, document.Entity(m.EntityKey), m.EntityKey is { } key ? resolved.GetValueOrDefault(key) : null))],
            [.. claims.Select(ClaimView.From)]);
    }

    /// <summary>Global entity ids of the document-local keys that claims resolve.</summary>
    private static Dictionary<string, string> GlobalIds(IReadOnlyList<StoredClaim> claims)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stored in claims)
        {
            var claim = stored.Claim;
            Add(claim.Subject, stored.Subject);
            Add(claim.Object, stored.Object);
            Add(claim.Place, stored.Place);
        }
        return ids;

        void Add(string? key, EntityRef? end)
        {
            if (key is not null && end?.EntityId is { } id)
            {
                ids.TryAdd(key, id);
            }
        }
    }
}
