namespace Nexus.Text.Time;

/// <summary>
/// A word, a number or one punctuation character, with its offsets in the scanned text. A number keeps
/// an ordinal or plural suffix written against it ("21st", "1990s") apart from its digits.
/// </summary>
internal sealed record TimeToken(TimeTokenKind Kind, int Start, int End, string Text, string Digits, string Suffix)
{
    public string Lower { get; } = Text.ToLowerInvariant();

    public bool IsCapitalized => Kind == TimeTokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>The number's value; -1 for anything that is not a number of at most nine digits.</summary>
    public int Value { get; } = Digits.Length is > 0 and <= 9 ? int.Parse(Digits, System.Globalization.CultureInfo.InvariantCulture) : -1;

    public bool IsDash => Kind == TimeTokenKind.Punctuation && Text is "-" or "–" or "—" or "‒" or "−";
}
