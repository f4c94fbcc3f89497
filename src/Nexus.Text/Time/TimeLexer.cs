namespace Nexus.Text.Time;

/// <summary>Splits text into the words, numbers and punctuation the time grammar reads.</summary>
internal static class TimeLexer
{
    public static ImmutableArray<TimeToken> Lex(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<TimeToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
                tokens.Add(new TimeToken(TimeTokenKind.Word, start, i, text[start..i], "", ""));
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
                var digitsEnd = i;
                var lettersEnd = i;
                while (lettersEnd < text.Length && char.IsLetter(text[lettersEnd]))
                {
                    lettersEnd++;
                }
                // Only an ordinal or plural suffix belongs to the number; "2015km" stays two tokens.
                var suffix = text[digitsEnd..lettersEnd].ToLowerInvariant();
                if (suffix is "st" or "nd" or "rd" or "th" or "s")
                {
                    i = lettersEnd;
                }
                else
                {
                    suffix = "";
                }
                tokens.Add(new TimeToken(TimeTokenKind.Number, start, i, text[start..i], text[start..digitsEnd], suffix));
            }
            else
            {
                i++;
                tokens.Add(new TimeToken(TimeTokenKind.Punctuation, start, i, text[start..i], "", ""));
            }
        }
        return tokens.ToImmutable();
    }
}
