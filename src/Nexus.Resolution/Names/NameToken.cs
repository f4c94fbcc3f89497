namespace Nexus.Resolution.Names;

/// <summary>One word of a normalised name.</summary>
/// <param name="Text">Folded to lower-case ASCII, punctuation removed ("jamaat").</param>
/// <param name="Canonical">Spelling variants folded ("mohammed" → "mohamed", "tayyiba" → "tayiba").</param>
/// <param name="Key">Phonetic key: consonant skeleton shared by transliteration variants ("mhmd", "tb").</param>
/// <param name="Kind">What the token contributes to identity.</param>
/// <param name="Acronym">A word of an acronym ("ISI", "GDDI"): letters, not a spelling, so it pairs with another acronym only when the letters are the same, and its exact-match key keeps them as written.</param>
public readonly record struct NameToken(string Text, string Canonical, string Key, NameTokenKind Kind, bool Acronym = false);
