using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Nexus.Storage.Sqlite;
using Nexus.Testing;

namespace Nexus.Storage.Tests;

/// <summary>
/// Search snippets are cut in C#, so <see cref="FtsTokenizer"/> must find the tokens, and make the
/// terms, that SQLite's FTS5 indexes with the tokenizer <c>documents_fts</c> declares: each test asks
/// SQLite for the terms of some texts, in order, and compares.
/// </summary>
public sealed partial class FtsTokenizerTests
{
    [Fact]
    public void EachCharacterOfLatinGreekCyrillicHebrewArabicCjkAndHangulIsReadAsSqliteReadsIt()
    {
        int[][] blocks =
        [
            [0x20, 0x52F], [0x590, 0x6FF], [0x1E00, 0x1FFF], [0x2000, 0x20CF], [0x3000, 0x30FF], [0x4E00, 0x4EFF],
            [0xAC00, 0xACFF], [0xFB00, 0xFB0F], [0xFF00, 0xFF5F], [0x10000, 0x100FF], [0x1F600, 0x1F60F],
        ];
        // Between two letters, a character is a separator, a token character (folded) or a dropped mark.
        var texts = blocks.SelectMany(b => Enumerable.Range(b[0], b[1] - b[0] + 1))
            .Where(c => c is < 0xD800 or > 0xDFFF)
            .Select(c => "xa" + char.ConvertFromUtf32(c) + "bx")
            .ToList();

        AssertSameTerms(texts);
    }

    [Fact]
    public void ArticlesNamesAndDocumentationTokenizeAsSqliteTokenizesThem()
    {
        var texts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "examples"), "*.txt").Select(File.ReadAllText).ToList();
        // English prose for the stemmer: the repository's own documentation.
        texts.AddRange(Directory.EnumerateFiles(RepoPaths.Root, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains("node_modules", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        // Names and aliases in many languages and scripts: every 20th line of the gazetteer.
        using var gazetteer = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(RepoPaths.Root, "data", "gazetteer.tsv.gz")), CompressionMode.Decompress));
        var lines = new List<string>();
        for (var (line, i) = (gazetteer.ReadLine(), 0); line is not null; line = gazetteer.ReadLine(), i++)
        {
            if (i % 20 == 0)
            {
                lines.Add(line);
            }
        }
        texts.AddRange(lines.Chunk(500).Select(c => string.Join('\n', c)));
        texts.Add("Çelebi İstanbul'da ŞAHİN. Αθήνας Ὀδυσσεύς Москва́ Йемен Łódź Straße Æsir Øresund naïve café coöperate " +
            "Nguyễn Thị Minh Khai عبد الله الحوثيّ שָׁלוֹם 東京都 서울 e\u0301cole ﬁnance ＡＢＣ ①② ¹²³ ½ µs 𝐀𝐁 \u0301\u0301 x\uD800y");

        AssertSameTerms(texts);
    }

    [Theory]
    [InlineData("caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping tanned falling hissing fizzed failing filing")]
    [InlineData("happy sky relational conditional rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli vietnamization")]
    [InlineData("predication operator feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti")]
    [InlineData("electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement adjustment dependent")]
    [InlineData("adoption homologou communism activate angulariti homologous effective bowdlerize probate rate cease controll roll analogi possibli archaeology")]
    [InlineData("eed ies sses eeds sayyed ating izing ated ized bled yyy ays aies bies ied sed ing ling string dying lying skies ii 1990s")]
    public void PorterStemsAsSqlite(string words) =>
        AssertSameTerms([words, new string('a', 62) + "s " + new string('a', 63) + "s " + new string('a', 64) + "s"]);

    [Fact]
    public void AQueryPhraseGivesItsTermsInOrder() =>
        Assert.Equal(["iskp", "let", "network"], FtsTokenizer.Terms("ISKP-LeT networks").Select(t => Encoding.UTF8.GetString(t)));

    private static void AssertSameTerms(IReadOnlyList<string> texts)
    {
        var expected = SqliteTerms(texts);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.True(expected[i].SequenceEqual(Terms(texts[i])), $"Text {i} ({Excerpt(texts[i])}) tokenizes otherwise than SQLite: {Difference(expected[i], Terms(texts[i]))}");
        }
    }

    private static List<string> Terms(string text)
    {
        var terms = new List<string>();
        var buffer = new byte[Encoding.UTF8.GetMaxByteCount(text.Length)];
        var (starts, ends) = (new int[FtsTokenizer.MaxTokens(text)], new int[FtsTokenizer.MaxTokens(text)]);
        for (var t = 0; t < FtsTokenizer.Tokens(text, starts, ends); t++)
        {
            var (start, end) = (starts[t], ends[t]);
            var term = Encoding.UTF8.GetString(buffer, 0, FtsTokenizer.Term(text.AsSpan(start, end - start), buffer));
            // Snippets stem only tokens that begin as a term does: Porter keeps the first two letters of a stem of three or more.
            var (first, second) = (FtsTokenizer.Fold(text[start]), end - start > 1 ? FtsTokenizer.Fold(text[start + 1]) : '\0');
            Assert.True(first == term[0] || first < ' ', $"{text[start..end]} → {term}");
            Assert.True(term.Length < 3 || !char.IsAscii(term[0]) || !char.IsAscii(term[1]) || second == term[1] || second < ' ', $"{text[start..end]} → {term}");
            terms.Add(term);
        }
        return terms;
    }

    /// <summary>Each text's terms as FTS5 indexes them, from an in-memory table declared with the store's tokenizer.</summary>
    [SuppressMessage("Security", "CA2100", Justification = "The tokenizer declaration is read from the store's own migration.")]
    private static List<string>[] SqliteTerms(IReadOnlyList<string> texts)
    {
        var migration = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Nexus.Storage", "Sqlite", "Migrations", "0001_initial.sql"));
        var tokenizer = DocumentsTokenizer().Match(migration).Groups[1].Value;
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = '{tokenizer}'); CREATE VIRTUAL TABLE v USING fts5vocab (t, instance)";
            create.ExecuteNonQuery();
        }
        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO t (rowid, x) VALUES (@row, @text)";
            var row = insert.Parameters.Add("@row", SqliteType.Integer);
            var text = insert.Parameters.Add("@text", SqliteType.Text);
            for (var i = 0; i < texts.Count; i++)
            {
                (row.Value, text.Value) = (i, texts[i]);
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        var terms = texts.Select(_ => new List<string>()).ToArray();
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT doc, term FROM v ORDER BY doc, offset";
        using var r = read.ExecuteReader();
        while (r.Read())
        {
            terms[r.GetInt32(0)].Add(r.GetString(1));
        }
        return terms;
    }

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Difference(List<string> expected, List<string> actual)
    {
        var i = 0;
        while (i < expected.Count && i < actual.Count && expected[i] == actual[i])
        {
            i++;
        }
        return $"term {i}: SQLite [{string.Join(' ', expected.Skip(i).Take(3))}], C# [{string.Join(' ', actual.Skip(i).Take(3))}]";
    }

    [GeneratedRegex(@"CREATE VIRTUAL TABLE documents_fts USING fts5 \([^;]*tokenize = '([^']*)'")]
    private static partial Regex DocumentsTokenizer();
}
