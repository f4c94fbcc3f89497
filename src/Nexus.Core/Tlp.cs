namespace Nexus.Core;

/// <summary>Reads and writes TLP markings in their canonical "TLP:AMBER+STRICT" form.</summary>
public static class Tlp
{
    public static string Format(TlpMarking marking) => marking switch
    {
        TlpMarking.Clear => "TLP:CLEAR",
        TlpMarking.Green => "TLP:GREEN",
        TlpMarking.Amber => "TLP:AMBER",
        TlpMarking.AmberStrict => "TLP:AMBER+STRICT",
        TlpMarking.Red => "TLP:RED",
        _ => throw new ArgumentOutOfRangeException(nameof(marking)),
    };

    /// <summary>Accepts "TLP:AMBER", "amber", "amber+strict"; TLP 1.0's WHITE reads as CLEAR.</summary>
    public static bool TryParse(string? text, out TlpMarking marking)
    {
        var value = (text ?? "").Trim().ToUpperInvariant();
        if (value.StartsWith("TLP:", StringComparison.Ordinal))
        {
            value = value[4..];
        }
        (var ok, marking) = value switch
        {
            "CLEAR" or "WHITE" => (true, TlpMarking.Clear),
            "GREEN" => (true, TlpMarking.Green),
            "AMBER" => (true, TlpMarking.Amber),
            "AMBER+STRICT" => (true, TlpMarking.AmberStrict),
            "RED" => (true, TlpMarking.Red),
            _ => (false, TlpMarking.Clear),
        };
        return ok;
    }
}
