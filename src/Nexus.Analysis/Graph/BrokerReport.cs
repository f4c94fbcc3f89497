using Nexus.Analysis.Assessment;

namespace Nexus.Analysis.Graph;

/// <summary>
/// Who links two groups. A group is the named entity and its members: entities that are members of,
/// lead, founded or are part of it by a kept assertion.
/// </summary>
public sealed record BrokerReport(
    AssessedEntity First,
    AssessedEntity Second,
    ImmutableArray<AssessedEntity> FirstGroup,
    ImmutableArray<AssessedEntity> SecondGroup,
    ImmutableArray<BrokerScore> Brokers);
