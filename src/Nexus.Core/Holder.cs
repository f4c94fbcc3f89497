namespace Nexus.Core;

/// <summary>
/// Who says a claim is so: the author by default, else the nearest attributed source.
/// </summary>
/// <param name="Text">The holder as written ("the Indian dossier", "intelligence sources"), or the author's name.</param>
/// <param name="Kind">What sort of source it is.</param>
/// <param name="Entity">The entity the holder resolves to, when it is one (a person, an agency); else null.</param>
public sealed record Holder(string Text, HolderKind Kind, string? Entity = null)
{
    /// <summary>
    /// Who passes this holder's statement on, when it comes second hand: in "X said that Y claimed …" Y holds
    /// the claim and X is its <see cref="Via"/> (X's own <see cref="Via"/> continues the chain outwards); null
    /// when the holder speaks directly.
    /// </summary>
    public Holder? Via { get; init; }

    /// <summary>The chain from this holder outwards: the holder, then whoever passes it on, and so on.</summary>
    public IEnumerable<Holder> Chain()
    {
        for (var h = this; h is not null; h = h.Via)
        {
            yield return h;
        }
    }

    /// <summary>The document's author; <paramref name="name"/> is null when the byline is unknown.</summary>
    public static Holder Author(string? name) => new(name ?? "the author", HolderKind.Author);
}
