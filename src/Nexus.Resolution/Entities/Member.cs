using Nexus.Resolution.Names;

namespace Nexus.Resolution.Entities;

/// <summary>A document entity being resolved: its names taken apart and the references found for it.</summary>
internal sealed class Member(int index, string documentId, DocumentEntity entity, DateOnly? published)
{
    public int Index { get; } = index;

    public string DocumentId { get; } = documentId;

    public DocumentEntity Entity { get; } = entity;

    public DateOnly? Published { get; } = published;

    public DocumentEntityRef Ref { get; } = new(documentId, entity.Key);

    /// <summary>The name and the aliases, normalised; the name first.</summary>
    public ImmutableArray<NormalizedName> Names { get; } =
        [.. entity.Aliases.Prepend(entity.Name).Distinct(StringComparer.Ordinal).Select(NameNormalizer.Normalize).Where(n => n.Significant.Length > 0)];

    /// <summary>References: those the document already gave, then those linking found. Set once, before clustering.</summary>
    public ImmutableArray<ReferenceLink> Links { get; set; } = [];

    public GeoPoint? Coordinates { get; set; }

    /// <summary>"sha256:…#e3": how curations name a member.</summary>
    public string Handle => Ref.Handle;

    /// <summary>Refs that identify the thing itself (admin-chain refs, "within:…", only locate it).</summary>
    public IEnumerable<string> IdentityRefs => Links.Select(l => l.Ref).Where(r => !r.StartsWith(EntityResolver.WithinPrefix, StringComparison.Ordinal));
}
