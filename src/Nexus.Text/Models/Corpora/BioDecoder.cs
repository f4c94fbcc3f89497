namespace Nexus.Text.Models.Corpora;

/// <summary>Turns per-token tags (IOB1, IOB2, BIOES, or bare types) into entity spans.</summary>
public static class BioDecoder
{
    public static ImmutableArray<EntityAnnotation> Decode(IReadOnlyList<string> tags, Func<string, string?> map)
    {
        var entities = ImmutableArray.CreateBuilder<EntityAnnotation>();
        var start = -1;
        string? type = null;
        void Close(int end)
        {
            if (type is not null && map(type) is { } label)
            {
                entities.Add(new EntityAnnotation(start, end, label));
            }
            type = null;
        }
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag == "O" || tag.Length == 0)
            {
                Close(i);
                continue;
            }
            var dash = tag.IndexOf('-', StringComparison.Ordinal);
            var prefix = dash == 1 ? tag[0] : 'I';
            var tagType = dash == 1 ? tag[2..] : tag;
            var begins = prefix is 'B' or 'S' || type != tagType;
            if (begins)
            {
                Close(i);
                start = i;
                type = tagType;
            }
            if (prefix is 'E' or 'S')
            {
                Close(i + 1);
            }
        }
        Close(tags.Count);
        return entities.ToImmutable();
    }
}
