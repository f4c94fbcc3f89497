using System.Runtime.CompilerServices;

namespace Nexus.Text.Models.Features;

/// <summary>
/// 64-bit feature keys built without allocating: a template id mixed with the characters or numbers
/// that fill it. Keys are never zero so a zero slot can mean "empty" in <see cref="LinearModel"/>.
/// The mixing steps are inlined: a parser transition makes some 70 keys, and left to the JIT the
/// calls stayed calls (a hot spot of their own in the profile).
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 0xcbf29ce484222325;
    private const ulong Prime = 0x100000001b3;

    /// <summary>The start of a key for template <paramref name="template"/>.</summary>
    public static ulong Template(int template) => Mix(Offset ^ ((ulong)(uint)template * 0x9E3779B97F4A7C15));

    /// <summary>Hashes text exactly (case kept).</summary>
    public static ulong Text(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }
        return Mix(h);
    }

    /// <summary>Hashes text folded to lower case, so "The" and "the" share a key.</summary>
    public static ulong Lower(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }
        return Mix(h);
    }

    /// <summary>Adds one value to a key; order matters, so (a, b) and (b, a) differ.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong key, ulong value) => Mix((key * Prime) ^ value ^ 0x2545F4914F6CDD1D);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong key, ulong first, ulong second) => Add(Add(key, first), second);

    /// <summary>A finished key: never zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(ulong key) => key == 0 ? 1 : key;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        // SplitMix64 finaliser: spreads every input bit over the whole key.
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9;
        x ^= x >> 27;
        x *= 0x94D049BB133111EB;
        x ^= x >> 31;
        return x;
    }
}
