using System.Text.Json;

namespace Nexus.Storage.Relational;

/// <summary>
/// The speakers a second-hand holder's statement came through (<see cref="Holder.Via"/>), kept as one JSON
/// array, nearest first: <c>[{"text":"…","kind":"named_person","entity":"e2"}]</c>; null when the holder
/// speaks directly. It is only ever read back whole with its claim.
/// </summary>
internal static class HolderChain
{
    private sealed record Link(string Text, string Kind, string? Entity);

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string? Encode(Holder holder) =>
        holder.Via is null
            ? null
            : JsonSerializer.Serialize(holder.Via.Chain().Select(h => new Link(h.Text, StoredEnum.Text(h.Kind), h.Entity)), Options);

    /// <summary><paramref name="holder"/> with the chain of <paramref name="json"/> attached outwards.</summary>
    public static Holder Decode(Holder holder, string? json)
    {
        if (json is null)
        {
            return holder;
        }
        var links = JsonSerializer.Deserialize<List<Link>>(json, Options)
            ?? throw new StoreException($"The store holds a broken holder chain '{json}'.");
        Holder? via = null;
        for (var i = links.Count - 1; i >= 0; i--)
        {
            via = new Holder(links[i].Text, StoredEnum.Parse<HolderKind>(links[i].Kind), links[i].Entity) { Via = via };
        }
        return holder with { Via = via };
    }
}
