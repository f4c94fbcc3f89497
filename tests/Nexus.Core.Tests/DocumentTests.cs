namespace Nexus.Core.Tests;

public sealed class DocumentTests
{
    [Fact]
    public void IdIsTheSha256OfTheUtf8Text()
    {
        var document = Document.Create("abc", new DocumentMetadata());

        Assert.Equal("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", document.Id);
    }

    [Fact]
    public void SameTextGivesSameIdWhateverTheMetadata()
    {
        var first = Document.Create("Mengal met Ashfaq.", new DocumentMetadata { Title = "One" });
        var second = Document.Create("Mengal met Ashfaq.", new DocumentMetadata { Title = "Two", Publisher = "Other" });

        Assert.Equal(first.Id, second.Id);
    }
}
