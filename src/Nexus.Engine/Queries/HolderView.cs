namespace Nexus.Engine.Queries;

/// <summary>
/// Who holds a claim: the text as written, the holder kind, and the global entity when it is one;
/// <paramref name="Via"/> is who passed the holder's statement on (document-local names only), else null.
/// </summary>
public sealed record HolderView(string Text, HolderKind Kind, EntityRefView? Entity, HolderView? Via = null)
{
    /// <summary>The outer speakers of a chain, whose entities are not joined to global ones.</summary>
    public static HolderView? Outer(Holder? holder) =>
        holder is null ? null : new HolderView(holder.Text, holder.Kind, null, Outer(holder.Via));
}
