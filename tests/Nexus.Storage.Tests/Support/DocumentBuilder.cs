using System.Text.RegularExpressions;

namespace Nexus.Storage.Tests.Support;

/// <summary>
/// Writes an annotated document by hand: annotations are placed by quoting the words they cover,
/// and sentences and tokens (with tags and heads) are cut from the text, so a fixture reads like the
/// analyst's own markup rather than a table of offsets.
/// </summary>
public sealed partial class DocumentBuilder(string text, DocumentMetadata metadata)
{
    private readonly List<Mention> mentions = [];
    private readonly List<DocumentEntity> entities = [];
    private readonly List<TimeExpression> times = [];
    private readonly List<Claim> claims = [];

    public string Text => text;

    /// <summary>A document with sentences and tokens but nothing named in it.</summary>
    public static AnnotatedDocument Plain(string text, string? title = null, DateOnly? published = null) =>
        new DocumentBuilder(text, new DocumentMetadata { Title = title, Published = published }).Build();

    /// <summary>The span of the <paramref name="occurrence"/>-th (from 1) appearance of <paramref name="phrase"/>.</summary>
    public TextSpan Find(string phrase, int occurrence = 1)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{phrase}' does not occur {occurrence} times in the fixture text.", nameof(phrase));
            }
        }
        return new TextSpan(at, at + phrase.Length);
    }

    /// <summary>The span of the sentence holding the first appearance of <paramref name="phrase"/>.</summary>
    public TextSpan SentenceOf(string phrase)
    {
        var at = Find(phrase).Start;
        return Sentences().Select(s => s.Span).First(s => s.Contains(at));
    }

    public DocumentBuilder Entity(string key, EntityType type, string name, EntityKind? kind = null, string[]? aliases = null, string[]? refs = null)
    {
        entities.Add(new DocumentEntity
        {
            Key = key,
            Type = type,
            Kind = kind,
            Name = name,
            Aliases = [.. aliases ?? []],
            Refs = [.. refs ?? []],
        });
        return this;
    }

    /// <summary>A mention of entity <paramref name="key"/>, typed like it, found by the named source.</summary>
    public DocumentBuilder Mention(string phrase, string key, int occurrence = 1, double confidence = 0.9, string source = "model:ner", string? canonical = null, string[]? refs = null)
    {
        var entity = entities.Single(e => e.Key == key);
        mentions.Add(new Mention
        {
            Span = Find(phrase, occurrence),
            Text = phrase,
            Type = entity.Type,
            Kind = entity.Kind,
            Confidence = confidence,
            Source = source,
            Canonical = canonical,
            Refs = [.. refs ?? []],
            EntityKey = key,
        });
        return this;
    }

    public TimeExpression Time(string phrase, DateOnly? start, DateOnly? end, TimeGranularity granularity, TimeQualifier qualifier = TimeQualifier.Within)
    {
        var time = new TimeExpression { Text = phrase, Span = Find(phrase), Start = start, End = end, Granularity = granularity, Qualifier = qualifier };
        times.Add(time);
        return time;
    }

    public DocumentBuilder Claim(Claim claim)
    {
        claims.Add(claim);
        return this;
    }

    public AnnotatedDocument Build()
    {
        var tokens = Tokens();
        return new AnnotatedDocument(Document.Create(text, metadata))
        {
            Sentences = [.. Sentences()],
            Tokens = [.. tokens],
            Mentions = [.. mentions.OrderBy(m => m.Span.Start)],
            Entities = [.. entities],
            Times = [.. times],
            Claims = [.. claims],
        };
    }

    /// <summary>Sentences end at a full stop followed by a space or the end of the text.</summary>
    private List<Sentence> Sentences()
    {
        var tokens = Tokens();
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text == "." && (i == tokens.Count - 1 || tokens[i + 1].Span.Start > tokens[i].Span.End))
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[i].Span.End), first, i - first + 1));
                first = i + 1;
            }
        }
        return sentences;
    }

    /// <summary>Words and punctuation, tagged coarsely; each token's head is the token before it in its sentence.</summary>
    private List<Token> Tokens()
    {
        var tokens = new List<Token>();
        var sentenceStart = 0;
        foreach (Match match in TokenPattern().Matches(text))
        {
            var index = tokens.Count;
            var word = match.Value;
            var tag = char.IsPunctuation(word[0]) ? "PUNCT" : char.IsUpper(word[0]) ? "PROPN" : char.IsDigit(word[0]) ? "NUM" : "NOUN";
            var isRoot = index == sentenceStart;
            tokens.Add(new Token(new TextSpan(match.Index, match.Index + match.Length), word)
            {
                Tag = tag,
                Head = isRoot ? -1 : index - 1,
                Relation = isRoot ? "root" : tag == "PUNCT" ? "punct" : "dep",
            });
            if (word == ".")
            {
                sentenceStart = index + 1;
            }
        }
        return tokens;
    }

    [GeneratedRegex(@"\w+|[^\w\s]")]
    private static partial Regex TokenPattern();
}
