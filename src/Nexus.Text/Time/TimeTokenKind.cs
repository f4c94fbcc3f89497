namespace Nexus.Text.Time;

internal enum TimeTokenKind
{
    Word,
    Number,
    Punctuation,
}
