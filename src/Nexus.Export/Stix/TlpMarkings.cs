using System.Text.Json.Nodes;

namespace Nexus.Export.Stix;

/// <summary>
/// The five TLP 2.0 marking definitions as OASIS publishes them (fixed ids, the TLP 2.0 property
/// extension), so that every consumer recognises them without a definition of our own.
/// </summary>
public static class TlpMarkings
{
    public const string ExtensionId = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    private const string Created = "2022-10-01T00:00:00.000Z";

    public static string IdOf(TlpMarking marking) => marking switch
    {
        TlpMarking.Clear => "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
        TlpMarking.Green => "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
        TlpMarking.Amber => "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
        TlpMarking.AmberStrict => "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
        TlpMarking.Red => "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
        _ => throw new ArgumentOutOfRangeException(nameof(marking)),
    };

    /// <summary>The marking a TLP 2.0 (or 1.0) marking-definition id stands for, if it is one.</summary>
    public static TlpMarking? FromId(string id) =>
        Enum.GetValues<TlpMarking>().Cast<TlpMarking?>().FirstOrDefault(m => string.Equals(IdOf(m!.Value), id, StringComparison.Ordinal))
        ?? id switch
        {
            "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9" => TlpMarking.Clear,
            "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da" => TlpMarking.Green,
            "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82" => TlpMarking.Amber,
            "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed" => TlpMarking.Red,
            _ => null,
        };

    public static JsonObject Definition(TlpMarking marking) => new()
    {
        ["type"] = "marking-definition",
        ["spec_version"] = "2.1",
        ["id"] = IdOf(marking),
        ["created"] = Created,
        ["name"] = Tlp.Format(marking),
        ["extensions"] = new JsonObject
        {
            [ExtensionId] = new JsonObject
            {
                ["extension_type"] = "property-extension",
                ["tlp_2_0"] = Tlp.Format(marking)[4..].ToLowerInvariant(),
            },
        },
    };
}
