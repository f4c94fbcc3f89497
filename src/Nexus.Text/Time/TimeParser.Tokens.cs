namespace Nexus.Text.Time;

/// <summary>Looking at tokens: words, punctuation, and whether two tokens are written together.</summary>
internal sealed partial class TimeParser
{
    private TimeToken? Token(int i) => i >= 0 && i < _tokens.Length ? _tokens[i] : null;

    /// <summary>The lower-cased word at <paramref name="i"/>, or "" for anything else.</summary>
    private string Word(int i) => Token(i) is { Kind: TimeTokenKind.Word } token ? token.Lower : "";

    private bool Is(int i, string word) => Word(i) == word;

    private bool IsPunctuation(int i, string mark) => Token(i) is { Kind: TimeTokenKind.Punctuation } token && token.Text == mark;

    private bool IsDash(int i) => Token(i) is { IsDash: true };

    private bool IsApostrophe(int i) => Token(i) is { Kind: TimeTokenKind.Punctuation, Text: "'" or "’" or "‘" };

    /// <summary>Whether token <paramref name="i"/> is written against the one before it, with no space.</summary>
    private bool Touches(int i) => i > 0 && i < _tokens.Length && _tokens[i - 1].End == _tokens[i].Start;

    /// <summary>Whether the number at <paramref name="i"/> continues into more digits or letters ("2,015", "2015.5", "2015km", "20:15").</summary>
    private bool GluedAfter(int i)
    {
        if (Token(i + 1) is not { } next || !Touches(i + 1))
        {
            return false;
        }
        return next.Kind == TimeTokenKind.Word
            || next.Text == "%"
            || (next.Text is "." or "," or ":" or "/" && Token(i + 2) is { Kind: TimeTokenKind.Number } && Touches(i + 2));
    }

    /// <summary>Whether the number at <paramref name="i"/> continues digits or letters before it ("1.2015", "FY2024").</summary>
    private bool GluedBefore(int i)
    {
        if (Token(i - 1) is not { } previous || !Touches(i))
        {
            return false;
        }
        return previous.Kind == TimeTokenKind.Word
            || (previous.Text is "." or "," or ":" or "/" && Token(i - 2) is { Kind: TimeTokenKind.Number } && Touches(i - 1));
    }

    /// <summary>Whether token <paramref name="p"/> opens a sentence, line or quotation, where capitals say nothing.</summary>
    private bool StartsSentence(int p)
    {
        if (p <= 0)
        {
            return true;
        }
        var before = _tokens[p - 1];
        if (before.Kind == TimeTokenKind.Punctuation && before.Text is "." or "!" or "?" or ":" or ";" or "\"" or "“" or "”" or "(" or "[" or "«" or "»")
        {
            return true;
        }
        return _text.AsSpan(before.End, _tokens[p].Start - before.End).Contains('\n');
    }
}
