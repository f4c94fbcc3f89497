namespace Nexus.Resolution.Names;

/// <summary>
/// A name taken apart for comparison. Titles stay in <see cref="Tokens"/> (marked as such) so that
/// "Hafiz Saeed" and "Saeed" can still be told apart from "Maulana Saeed" when it matters.
/// </summary>
/// <param name="Original">The name as given.</param>
/// <param name="Tokens">Every token in order, connectors included.</param>
public sealed record NormalizedName(string Original, ImmutableArray<NameToken> Tokens)
{
    /// <summary>
    /// Exact-match key: canonical forms of the identity-bearing tokens (names and initials; an
    /// acronym's letters as written) joined by spaces; titles and connectors left out. Empty when the name has no such token.
    /// </summary>
    public string Key { get; } = string.Join(' ', Tokens.Where(t => t.Kind is NameTokenKind.Name or NameTokenKind.Initial).Select(t => t.Acronym ? t.Text : t.Canonical));

    /// <summary>The tokens that take part in comparison: everything but connectors.</summary>
    public ImmutableArray<NameToken> Significant { get; } = [.. Tokens.Where(t => t.Kind != NameTokenKind.Connector)];

    /// <summary>The leading honorifics and ranks, folded ("hafiz", "maulana").</summary>
    public IEnumerable<string> Titles => Tokens.Where(t => t.Kind == NameTokenKind.Title).Select(t => t.Text);

    /// <summary>Identity-bearing tokens: names and initials.</summary>
    public IEnumerable<NameToken> Core => Tokens.Where(t => t.Kind is NameTokenKind.Name or NameTokenKind.Initial);

    /// <summary>True when the name is a single short all-capital word, such as "LeT", "ISI" or "MIT".</summary>
    public bool IsAcronym { get; } = NameNormalizer.LooksLikeAcronym(Original);

    /// <summary>
    /// Whether this name only repeats part of <paramref name="other"/>: fewer identity tokens, each
    /// one also in it ("Ag Moussa" of "Hamadou Ag Moussa"). Such a short reference says nothing the
    /// full name does not, and screened alone it may be someone else's name.
    /// </summary>
    public bool IsPartOf(NormalizedName other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var mine = Core.Select(t => t.Canonical).ToList();
        var theirs = other.Core.Select(t => t.Canonical).ToList();
        return mine.Count > 0 && mine.Count < theirs.Count && mine.All(theirs.Contains);
    }
}
