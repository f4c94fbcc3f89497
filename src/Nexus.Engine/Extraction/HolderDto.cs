namespace Nexus.Engine.Extraction;

/// <summary>A claim's holder; <paramref name="Via"/> is who passed the holder's statement on ("X said that Y claimed …": Y, via X), else null.</summary>
public sealed record HolderDto(string? Entity, string Text, HolderKind Kind, HolderDto? Via = null)
{
    public static HolderDto From(Holder holder) =>
        new(holder.Entity, holder.Text, holder.Kind, holder.Via is { } via ? From(via) : null);
}
