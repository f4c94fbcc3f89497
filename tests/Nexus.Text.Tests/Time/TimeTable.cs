using System.Globalization;
using Nexus.Testing;

namespace Nexus.Text.Tests.Time;

/// <summary>
/// Reads a tab-separated time-expression table beside these tests: columns anchor, input, text, start,
/// end, granularity, qualifier; "#" starts a comment line; ".." is an open bound, "-" an absent anchor or
/// (in text) a sentence that must yield no time expression.
/// </summary>
public static class TimeTable
{
    public const string Development = "time-expressions.tsv";

    /// <summary>Never tuned on: 20 rows written before the normaliser, 20 after all tuning.</summary>
    public const string HeldOut = "time-expressions-heldout.tsv";

    public static ImmutableArray<TimeCase> Load(string table)
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Nexus.Text.Tests", "Time", table);
        var cases = ImmutableArray.CreateBuilder<TimeCase>();
        var lines = File.ReadAllLines(path);
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("anchor\t", StringComparison.Ordinal))
            {
                continue;
            }
            var cells = line.Split('\t');
            if (cells.Length != 7)
            {
                throw new FormatException($"{table}:{n + 1} has {cells.Length} columns, not 7.");
            }
            var negative = cells[2] == "-";
            cases.Add(new TimeCase(
                table,
                n + 1,
                Date(cells[0]),
                cells[1],
                negative ? null : cells[2],
                Date(cells[3]),
                Date(cells[4]),
                negative ? default : Enum.Parse<TimeGranularity>(cells[5]),
                negative ? default : Enum.Parse<TimeQualifier>(cells[6])));
        }
        return cases.ToImmutable();
    }

    public static TheoryData<int> Rows(string table)
    {
        var rows = new TheoryData<int>();
        for (var i = 0; i < Load(table).Length; i++)
        {
            rows.Add(i);
        }
        return rows;
    }

    private static DateOnly? Date(string cell) =>
        cell is "-" or ".." ? null : DateOnly.ParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
