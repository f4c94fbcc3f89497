namespace Nexus.Core.Tests;

public sealed class TextSpanTests
{
    [Fact]
    public void EndIsExclusive()
    {
        var span = new TextSpan(4, 10);

        Assert.Equal(6, span.Length);
        Assert.True(span.Contains(9));
        Assert.False(span.Contains(10));
        Assert.Equal("Shafiq", span.Of("Mir Shafiq Mengal"));
    }

    [Fact]
    public void AdjacentSpansDoNotOverlap()
    {
        Assert.False(new TextSpan(0, 3).Overlaps(new TextSpan(3, 5)));
        Assert.True(new TextSpan(0, 4).Overlaps(new TextSpan(3, 5)));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(5, 4)]
    public void MalformedSpansAreRefused(int start, int end) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, end));
}
