using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Ner;

namespace Nexus.Text.Tests.Models;

public sealed class BilouSchemeTests
{
    private static readonly Dictionary<string, int> Labels = new(StringComparer.Ordinal) { ["PERSON"] = 0, ["LOCATION"] = 1 };

    [Fact]
    public void EncodedSpansDecodeToTheSameSpans()
    {
        EntityAnnotation[] entities = [new(0, 3, "PERSON"), new(4, 5, "LOCATION")];
        var classes = new int[6];

        BilouScheme.Encode(entities, Labels, classes);

        Assert.Equal([(0, 3, 0), (4, 5, 1)], BilouScheme.Decode(classes));
    }

    [Fact]
    public void InsideCannotFollowOutsideNorChangeType()
    {
        var beginPerson = 1;
        var insidePerson = 2;
        var insideLocation = 6;

        Assert.False(BilouScheme.Allowed(BilouScheme.Outside, insidePerson));
        Assert.True(BilouScheme.Allowed(beginPerson, insidePerson));
        Assert.False(BilouScheme.Allowed(beginPerson, insideLocation));
        Assert.False(BilouScheme.CanEnd(beginPerson));
    }
}
