using Nexus.Export.Graphs;
using Nexus.Export.Tests.Support;

namespace Nexus.Export.Tests;

public sealed class GraphExportTests(ReferenceStore reference) : IClassFixture<ReferenceStore>
{
    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public async Task NetworkxLoadsTheGraphWithEveryAttributeOnEveryEdge(string format)
    {
        var graph = GraphModel.From(reference.Snapshot);
        var path = await WriteAsync(graph, format);

        var loaded = await NetworkX.LoadAsync(format, path, GraphModel.NodeAttributes, GraphModel.EdgeAttributes);

        Assert.Equal(graph.Nodes.Length, loaded.GetProperty("nodes").GetInt32());
        Assert.Equal(graph.Edges.Length, loaded.GetProperty("edges").GetInt32());
        Assert.True(loaded.GetProperty("directed").GetBoolean());
        Assert.Empty(loaded.GetProperty("missing_node_attributes").EnumerateArray());
        Assert.Empty(loaded.GetProperty("missing_edge_attributes").EnumerateArray());
        Assert.Equal(
            reference.Snapshot.Claims.Where(c => !c.Rejected && c.Object is not null && SnapshotIndex.Affirms(c)).Select(c => c.EvidenceText).Distinct().Order(StringComparer.Ordinal),
            loaded.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public async Task GexfEdgesSpanTheirClaimsIntervals()
    {
        var graph = GraphModel.From(reference.Snapshot);
        var loaded = await NetworkX.LoadAsync("gexf", await WriteAsync(graph, "gexf"), GraphModel.NodeAttributes, GraphModel.EdgeAttributes);

        Assert.Equal(graph.Edges.Count(e => e.Start is not null), loaded.GetProperty("edges_with_start").GetInt32());
        Assert.Equal(graph.Edges.Count(e => e.End is not null), loaded.GetProperty("edges_with_end").GetInt32());
        Assert.True(loaded.GetProperty("edges_with_end").GetInt32() > 0);
    }

    [Fact]
    public void TheGraphKeepsEveryHedgeAndLeavesRejectedClaimsOut()
    {
        var graph = GraphModel.From(reference.Snapshot);
        var rejected = reference.Snapshot.Claims.Where(c => c.Rejected).Select(c => c.Id).ToHashSet();

        Assert.NotEmpty(rejected);
        Assert.DoesNotContain(graph.Edges, e => rejected.Contains(e.Id));
        Assert.Contains(graph.Edges, e => e.Attributes["modality"] == "reported" && e.Attributes["holder"].Length > 0);
        Assert.All(graph.Edges, e => Assert.Equal(reference.Snapshot.Claims.Single(c => c.Id == e.Id).Claim.Holder.Text, e.Attributes["holder"]));
    }

    private static async Task<string> WriteAsync(GraphModel graph, string format)
    {
        var path = Path.Combine(RepoPaths.TestOutput("export"), "reference." + format);
        await using var file = File.Create(path);
        await (format == "gexf" ? GexfWriter.WriteAsync(graph, file, CancellationToken.None) : GraphMLWriter.WriteAsync(graph, file, CancellationToken.None));
        return path;
    }
}
