using System.Text.Json.Nodes;
using Nexus.Export.Stix;
using Nexus.Export.Tests.Support;

namespace Nexus.Export.Tests;

public sealed class StixExportTests(ReferenceStore reference) : IClassFixture<ReferenceStore>
{
    private static readonly Lazy<StixSchemas> Schemas = new(() => new StixSchemas());

    private JsonObject Bundle => StixExporter.Export(reference.Snapshot);

    [Fact]
    public void EveryObjectOfTheReferenceBundleValidatesAgainstTheOasisSchemas()
    {
        var errors = StixBundles.Objects(Bundle).SelectMany(o => Schemas.Value.ErrorsOf(o).Select(e => o["id"] + ": " + e)).ToList();
        Assert.Empty(errors);
        Assert.Empty(Schemas.Value.ErrorsOfEnvelope(Bundle));
    }

    [Fact]
    public void EveryReferenceResolvesInsideTheBundle()
    {
        var ids = StixBundles.Objects(Bundle).Select(o => o["id"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var dangling = StixBundles.References(Bundle).Where(r => !ids.Contains(r.Id)).ToList();
        Assert.Empty(dangling);
    }

    [Fact]
    public void ANegatedClaimIsANoteNeverARelationship()
    {
        var negated = reference.Snapshot.Claims.Single(c => c.Claim.Polarity == Polarity.Negative);
        var obj = StixBundles.Objects(Bundle).Single(o => o["x_nexus_claim_id"]?.GetValue<string>() == negated.Id);

        Assert.Equal("note", obj["type"]!.GetValue<string>());
        Assert.Contains(" does not ", obj["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, obj["object_refs"]!.AsArray().Count);
        Assert.DoesNotContain(StixBundles.OfType(Bundle, "relationship"), r => r["x_nexus_polarity"]!.GetValue<string>() == "negative");
    }
}
