using Nexus.Analysis.Assessment;
using Nexus.Analysis.Graph;

namespace Nexus.Web.Links;

/// <summary>
/// Brokers, most shortest best-evidenced paths first. Between two groups, <see cref="First"/> and
/// <see cref="Second"/> are the named entities and the groups hold each with its members (by
/// member_of, leads, founded, part_of); for the whole graph they are null and empty, and a broker's
/// score is its betweenness.
/// </summary>
public sealed record BrokersResponse(
    AssessedEntity? First,
    AssessedEntity? Second,
    IReadOnlyList<AssessedEntity> FirstGroup,
    IReadOnlyList<AssessedEntity> SecondGroup,
    IReadOnlyList<BrokerScore> Brokers)
{
    public static BrokersResponse Of(BrokerReport report) =>
        new(report.First, report.Second, report.FirstGroup, report.SecondGroup, report.Brokers);

    public static BrokersResponse Overall(IReadOnlyList<BrokerScore> brokers) => new(null, null, [], [], brokers);
}
