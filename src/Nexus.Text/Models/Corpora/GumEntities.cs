namespace Nexus.Text.Models.Corpora;

/// <summary>
/// Reads GUM's nested entity annotation from the CoNLL-U MISC column
/// (<c>Entity=(3-organization-new-…(4-place-…)</c> opens, <c>3)</c> closes) and flattens it.
/// </summary>
public static class GumEntities
{
    public static NerSentence ToNerSentence(ConlluSentence sentence, Func<string, string?> map)
    {
        var open = new Dictionary<string, (int Start, string Type)>();
        var entities = new List<EntityAnnotation>();
        for (var i = 0; i < sentence.Words.Length; i++)
        {
            var value = EntityValue(sentence.Words[i].Misc);
            var p = 0;
            while (p < value.Length)
            {
                if (value[p] == '(')
                {
                    var end = value.IndexOfAny(['(', ')'], p + 1);
                    var body = end < 0 ? value[(p + 1)..] : value[(p + 1)..end];
                    var parts = body.Split('-');
                    var id = parts[0];
                    var type = parts.Length > 1 ? parts[1] : "";
                    if (end >= 0 && value[end] == ')')
                    {
                        Add(entities, i, i + 1, type, map);
                        p = end + 1;
                    }
                    else
                    {
                        open[id] = (i, type);
                        p = end < 0 ? value.Length : end;
                    }
                }
                else
                {
                    var end = value.IndexOf(')', p);
                    if (end < 0)
                    {
                        break;
                    }
                    var id = value[p..end];
                    if (open.Remove(id, out var started))
                    {
                        Add(entities, started.Start, i + 1, started.Type, map);
                    }
                    p = end + 1;
                }
            }
        }
        return new NerSentence(sentence.Forms, EntityAnnotation.Flatten(entities));
    }

    private static void Add(List<EntityAnnotation> entities, int start, int end, string type, Func<string, string?> map)
    {
        if (map(type) is { } label)
        {
            entities.Add(new EntityAnnotation(start, end, label));
        }
    }

    private static string EntityValue(string misc)
    {
        foreach (var part in misc.Split('|'))
        {
            if (part.StartsWith("Entity=", StringComparison.Ordinal))
            {
                return part["Entity=".Length..];
            }
        }
        return "";
    }
}
