using Nexus.Text.Models.Features;
using Nexus.Text.Models.Ner;

namespace Nexus.Text.Tests.Models;

public sealed class NerGazetteerTests
{
    private static ulong[] Match(NerGazetteer gazetteer, params string[] words)
    {
        var codes = new ulong[words.Length];
        gazetteer.Match([.. words.Select(w => TokenKeys.Of(w))], codes);
        return codes;
    }

    [Fact]
    public void TheLongestListedSequenceWinsAndItsPartsAreMarked()
    {
        var gazetteer = NerGazetteer.Build([("New York", NerGazetteer.Location), ("York", NerGazetteer.Location), ("New York Times Company", NerGazetteer.Organization)]);

        var codes = Match(gazetteer, "in", "New", "York", "today");

        Assert.Equal([0UL, 4 + (4 * 1) + 0, 4 + (4 * 1) + 2, 0UL], codes);
    }

    [Fact]
    public void TheBeginningOfALongerNameIsNotAMatch()
    {
        var gazetteer = NerGazetteer.Build([("New York Times Company", NerGazetteer.Organization), ("Times", NerGazetteer.Organization)]);

        var codes = Match(gazetteer, "New", "York", "Times", "reported");

        Assert.Equal([0UL, 0UL, 4 + (4 * 4) + 3, 0UL], codes);
    }
}
