using System.Globalization;

namespace Nexus.Export.Snapshots;

/// <summary>Orders claim ids the way a reader expects: "c2" before "c10".</summary>
internal static class ClaimOrder
{
    public static int Of(string localId) =>
        localId.Length > 1 && int.TryParse(localId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
}
