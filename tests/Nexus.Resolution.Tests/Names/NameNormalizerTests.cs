using Nexus.Resolution.Names;

namespace Nexus.Resolution.Tests.Names;

public sealed class NameNormalizerTests
{
    private readonly NameSimilarity similarity = new();

    [Theory]
    [InlineData("Mohammad", "Muhammad")]
    [InlineData("Mohammed", "Mohamed")]
    [InlineData("Tayyiba", "Taiba")]
    [InlineData("Toiba", "Tayyaba")]
    [InlineData("Dawa", "Daawa")]
    [InlineData("Dawah", "Da'awa")]
    [InlineData("Jaish", "Jaysh")]
    [InlineData("Qaida", "Qaeda")]
    [InlineData("Sheikh", "Shaykh")]
    [InlineData("Lashkar", "Laskar")]
    [InlineData("Jhangvi", "Jhangwi")]
    public void TransliterationVariantsShareAPhoneticKey(string a, string b)
    {
        var x = NameNormalizer.Normalize(a).Significant.Single();
        var y = NameNormalizer.Normalize(b).Significant.Single();
        Assert.Equal(x.Key, y.Key);
        Assert.True(similarity.TokenScore(x, y) >= 0.92, $"{a} ~ {b}: {similarity.TokenScore(x, y)}");
    }

    [Fact]
    public void FoldingRemovesDiacriticsApostrophesAndHyphens()
    {
        Assert.Equal("milli istihbarat teskilati", NameNormalizer.Fold("Millî İstihbarat Teşkilatı"));
        Assert.Equal("jamaat ud daawah", NameNormalizer.Fold("Jama'at-ud-Da'awah"));
    }

    [Fact]
    public void ConnectorsAreIgnoredButTitlesAreKeptAsAttributes()
    {
        var name = NameNormalizer.Normalize("Hafiz Muhammad Saeed");
        Assert.Equal(["hafiz"], name.Titles);
        Assert.Equal("muhamad said", name.Key);
        Assert.Equal(NameNormalizer.Normalize("Lashkar-e-Tayyiba").Key, NameNormalizer.Normalize("Lashkar i Tayyiba").Key);
    }

    [Fact]
    public void JoinedAbdPrefixSplitsLikeTheSpacedForm()
    {
        Assert.Equal(NameNormalizer.Normalize("Abd al-Rahman").Key, NameNormalizer.Normalize("Abdulrahman").Key);
        Assert.Equal(NameNormalizer.Normalize("Abdur Rahman").Key, NameNormalizer.Normalize("Abdurrahman").Key);
    }

    [Fact]
    public void TitleAloneDoesNotVanish()
    {
        var name = NameNormalizer.Normalize("Commander");
        Assert.Equal("comander", name.Key);
    }

    [Fact]
    public void WordOrderDoesNotChangeTheScore()
    {
        var a = NameNormalizer.Normalize("Rana Mohammad Ashfaq");
        var b = NameNormalizer.Normalize("Ashfaq, Rana Muhammad");
        Assert.True(similarity.Score(a, b) >= 0.95);
    }

    [Fact]
    public void DifferentSurnameHalvesTheScore()
    {
        var score = similarity.Score(NameNormalizer.Normalize("Hafiz Saeed Khan"), NameNormalizer.Normalize("Hafiz Muhammad Saeed"));
        Assert.True(score < 0.7, score.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("LeT", "LeJ")]
    [InlineData("ISI", "ISIS")]
    public void ShortAcronymsNeverMatchFuzzily(string a, string b) =>
        Assert.Equal(0, similarity.Score(NameNormalizer.Normalize(a), NameNormalizer.Normalize(b)));

    [Theory]
    [InlineData("LeT", true)]
    [InlineData("ISIS-K", true)]
    [InlineData("MİT", true)]
    [InlineData("Taliban", false)]
    [InlineData("Quetta", false)]
    public void AcronymsAreRecognised(string text, bool acronym) => Assert.Equal(acronym, NameNormalizer.LooksLikeAcronym(text));
}
