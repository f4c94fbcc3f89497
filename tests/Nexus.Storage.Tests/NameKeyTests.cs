namespace Nexus.Storage.Tests;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Mehmet Gören", "mehmet goren")]
    [InlineData("MEHMET  GÖREN", "mehmet goren")]
    [InlineData("mehmet-gören", "mehmet goren")]
    [InlineData("  Abu Talha al-Sindi. ", "abu talha al sindi")]
    [InlineData("Lashkar-e-Ṭaiba", "lashkar e taiba")]
    [InlineData("ISIS-K", "isis k")]
    [InlineData("Zürich 100%_", "zurich 100")]
    [InlineData("?!", "")]
    public void FoldingDropsCaseAccentsAndPunctuation(string name, string key) => Assert.Equal(key, NameKey.Fold(name));

    [Fact]
    public void ArabicVowelMarksAreDropped() => Assert.Equal(NameKey.Fold("محمد"), NameKey.Fold("مُحَمَّد"));
}
