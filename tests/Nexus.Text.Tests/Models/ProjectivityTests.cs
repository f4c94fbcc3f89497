using Nexus.Text.Models.Parsing;

namespace Nexus.Text.Tests.Models;

public sealed class ProjectivityTests
{
    [Fact]
    public void NestedArcsAreProjective() => Assert.True(Projectivity.IsProjective([1, -1, 1, 2]));

    [Fact]
    public void CrossingArcsAreNot() => Assert.False(Projectivity.IsProjective([2, -1, 1, 0]));

    [Fact]
    public void AnArcOverTheRootIsNot() => Assert.False(Projectivity.IsProjective([2, -1, 1]));
}
