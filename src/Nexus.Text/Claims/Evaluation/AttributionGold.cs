namespace Nexus.Text.Claims.Evaluation;

/// <summary>
/// Reads a holder and modality gold file: tab-separated, '#' comments, a header naming the columns
/// (document, subject, predicate, object, [relation,] modality, holder, quote).
/// </summary>
public static class AttributionGold
{
    public static ImmutableArray<AttributionGoldRow> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No gold file '{path}'.", path);
        }
        var lines = File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines.FirstOrDefault()?.Split('\t') ?? [];
        int Column(string name) => Array.IndexOf(header, name);
        string[] required = ["document", "subject", "predicate", "object", "modality", "holder", "quote"];
        if (required.Any(c => Column(c) < 0))
        {
            throw new InvalidDataException($"'{path}' is not a holder and modality gold: its header must name the columns {string.Join(", ", required)}.");
        }
        var relation = Column("relation");
        var rows = ImmutableArray.CreateBuilder<AttributionGoldRow>();
        foreach (var (line, number) in lines.Skip(1).Select((l, n) => (l, n + 2)))
        {
            var fields = line.Split('\t');
            if (fields.Length < header.Length)
            {
                throw new InvalidDataException($"'{path}': data line {number} has {fields.Length} columns, the header {header.Length}.");
            }
            rows.Add(new AttributionGoldRow(
                fields[Column("document")], fields[Column("subject")], fields[Column("predicate")], fields[Column("object")],
                relation < 0 ? null : fields[relation], fields[Column("modality")], fields[Column("holder")], fields[Column("quote")]));
        }
        return rows.ToImmutable();
    }
}
