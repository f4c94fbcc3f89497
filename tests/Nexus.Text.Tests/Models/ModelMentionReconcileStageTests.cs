using Nexus.Text.Models.Ner;
using Nexus.Text.Tokenization;

namespace Nexus.Text.Tests.Models;

public sealed class ModelMentionReconcileStageTests
{
    // "Word/TAG Word/TAG …" as a tagged document, with mentions placed on the first occurrence of their text.
    private static AnnotatedDocument Tagged(string tagged, params (string Text, EntityType Type, string Source, string? Ref)[] mentions)
    {
        var pairs = tagged.Split(' ').Select(p => (Word: p[..p.LastIndexOf('/')], Tag: p[(p.LastIndexOf('/') + 1)..])).ToList();
        var text = string.Join(' ', pairs.Select(p => p.Word));
        Assert.Equal(pairs.Select(p => p.Word), Tokenizer.Tokenize(text).Select(t => t.Text));
        return Raw(text, [.. pairs.Select(p => p.Tag)], [.. mentions.Select(m => (m.Text, m.Type, m.Source, 0.9, m.Ref))]);
    }

    // Raw text, tagged token by token, for spans the space-joined form cannot write ("JTF-KAV").
    private static AnnotatedDocument Raw(string text, string[] tags, params (string Text, EntityType Type, string Source, double Confidence, string? Ref)[] mentions)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(tags.Length, tokens.Count);
        return new AnnotatedDocument(Document.Create(text, new DocumentMetadata()))
        {
            Tokens = [.. tokens.Select((t, i) => t with { Tag = tags[i] })],
            Mentions =
            [
                .. mentions.Select(m =>
                {
                    var start = text.IndexOf(m.Text, StringComparison.Ordinal);
                    return new Mention
                    {
                        Span = new TextSpan(start, start + m.Text.Length), Text = m.Text, Type = m.Type, Confidence = m.Confidence, Source = m.Source,
                        Kind = m.Type == EntityType.Location ? EntityKind.City : null, Refs = m.Ref is null ? [] : [m.Ref],
                    };
                }),
            ],
        };
    }

    private static ImmutableArray<Mention> Reconciled(AnnotatedDocument document) =>
        new ModelMentionReconcileStage().Process(document, CancellationToken.None).Mentions;

    [Theory]
    [InlineData("Deputy/NOUN Secretary/PROPN of/ADP State/PROPN Tony/PROPN Blinken/PROPN spoke/VERB", "Deputy Secretary of State Tony Blinken", "Tony Blinken")]
    [InlineData("Navy/PROPN Capt./PROPN Jeff/PROPN Davis/PROPN spoke/VERB", "Navy Capt. Jeff Davis", "Jeff Davis")]
    [InlineData("the/DET UN/PROPN Special/ADJ Envoy/PROPN Staffan/PROPN de/PROPN Mistura/PROPN spoke/VERB", "the UN Special Envoy Staffan de Mistura", "Staffan de Mistura")]
    [InlineData("Isiah/PROPN L./PROPN Booker/PROPN spoke/VERB", "Isiah L. Booker", "Isiah L. Booker")]
    [InlineData("King/PROPN Nebuchadnezzar/PROPN II/NUM built/VERB it/PRON", "King Nebuchadnezzar II", "Nebuchadnezzar II")]
    [InlineData("Maj./PROPN Gen./PROPN Peter/PROPN \"/PUNCT Bull/PROPN \"/PUNCT Harlan/PROPN spoke/VERB", "Maj. Gen. Peter \" Bull \" Harlan", "Peter \" Bull \" Harlan")]
    [InlineData("Col./NOUN Ann/PROPN “/PUNCT R.J./PROPN ”/PUNCT Osk/PROPN spoke/VERB", "Col. Ann “ R.J. ” Osk", "Ann “ R.J. ” Osk")]
    [InlineData("Machinist/PROPN Mate/PROPN 2nd/ADJ Class/PROPN Dana/PROPN K./PROPN Morrow/PROPN III/PROPN died/VERB", "Machinist Mate 2nd Class Dana K. Morrow III", "Dana K. Morrow III")]
    [InlineData("Envoy/PROPN to/ADP Counter/PROPN ISIL/PROPN Brett/PROPN Nolan/PROPN spoke/VERB", "Counter ISIL Brett Nolan", "Brett Nolan")]
    public void APersonIsKeptByNameWithoutTheTitlesBeforeIt(string tagged, string found, string name)
    {
        var mention = Assert.Single(Reconciled(Tagged(tagged, (found, EntityType.Person, NerStage.Source, null))));

        Assert.Equal((name, EntityType.Person), (mention.Text, mention.Type));
    }

    [Theory]
    [InlineData("Near/ADP Palmyra/PROPN ,/PUNCT forces/NOUN struck/VERB", "Near Palmyra", EntityType.Person)]
    [InlineData("Major/PROPN Non/PROPN -/PUNCT NATO/PROPN Ally/PROPN status/NOUN", "Major Non - NATO Ally", EntityType.Person)]
    [InlineData("We/PRON struck/VERB it/PRON", "We", EntityType.Organization)]
    [InlineData("the/DET regime/NOUN struck/VERB", "the regime", EntityType.Organization)]
    [InlineData("USS/PROPN Mahan/PROPN sailed/VERB", "USS Mahan", EntityType.Person)]
    [InlineData("a/DET Pakistani/ADJ militant/NOUN who/PRON served/VERB", "militant", EntityType.Weapon)]
    [InlineData("the/DET Syrian/ADJ fighters/NOUN drove/VERB", "fighters", EntityType.Vehicle)]
    public void WhatNamesNoOneIsNoNode(string tagged, string found, EntityType type)
    {
        Assert.Empty(Reconciled(Tagged(tagged, (found, type, NerStage.Source, null))));
    }

    [Fact]
    public void AnAcronymTheTaggerReadsAsACommonNounIsStillAName()
    {
        var mention = Assert.Single(Reconciled(Tagged("the/DET SDF/NOUN took/VERB Raqqa/PROPN", ("the SDF", EntityType.Organization, NerStage.Source, null))));

        Assert.Equal("SDF", mention.Text);
    }

    [Theory]
    [InlineData("a/DET MEMRI/PROPN Senior/PROPN Research/PROPN Fellow/PROPN wrote/VERB", "MEMRI Senior Research Fellow", "MEMRI")]
    [InlineData("the/DET Brookings/PROPN Institution/PROPN Fellow/PROPN wrote/VERB", "Brookings Institution Fellow", "Brookings Institution")]
    [InlineData("the/DET Office/PROPN of/ADP the/DET Prime/PROPN Minister/PROPN wrote/VERB", "Office of the Prime Minister", "Office of the Prime Minister")]
    public void APostAfterABodysNameIsNoPartOfIt(string tagged, string found, string body)
    {
        var mention = Assert.Single(Reconciled(Tagged(tagged, (found, EntityType.Organization, NerStage.Source, null))));

        Assert.Equal((body, EntityType.Organization), (mention.Text, mention.Type));
    }

    [Fact]
    public void AOneWordNameAfterATitleWinsOverAListPlace()
    {
        var document = Tagged("Secretary/PROPN Kerry/PROPN said/VERB so/ADV",
            ("Secretary Kerry", EntityType.Person, NerStage.Source, null), ("Kerry", EntityType.Location, "gazetteer", "geonames:2963517"));

        var mention = Assert.Single(Reconciled(document));

        Assert.Equal(("Kerry", EntityType.Person), (mention.Text, mention.Type));
        Assert.Empty(mention.Refs);
    }

    [Fact]
    public void ALongerNameWinsOverTheRulesShorterPersonInsideIt()
    {
        var document = Tagged("Gen./PROPN Peter/PROPN \"/PUNCT Bull/PROPN \"/PUNCT Harlan/PROPN spoke/VERB",
            ("Gen. Peter \" Bull \" Harlan", EntityType.Person, NerStage.Source, null), ("Peter", EntityType.Person, "rules", null));

        var mention = Assert.Single(Reconciled(document));

        Assert.Equal("Peter \" Bull \" Harlan", mention.Text);
    }

    [Fact]
    public void AListTheRecogniserReadsAsOneNameIsSplitAtItsCommas()
    {
        var document = Tagged("Norway/PROPN ,/PUNCT Chile/PROPN ,/PUNCT and/CCONJ Peru/PROPN signed/VERB",
            ("Norway , Chile , and Peru", EntityType.Organization, NerStage.Source, null));

        Assert.Equal(["Norway", "Chile", "Peru"], Reconciled(document).Select(m => m.Text));
    }

    [Fact]
    public void APartOfASplitListThatIsAListCountryStaysTheCountry()
    {
        var document = Tagged("Norway/PROPN ,/PUNCT Chile/PROPN signed/VERB",
            ("Norway , Chile", EntityType.Organization, NerStage.Source, null), ("Chile", EntityType.Location, "gazetteer", "geonames:3895114"));

        var mentions = Reconciled(document);

        Assert.Equal(["Norway", "Chile"], mentions.Select(m => m.Text));
        Assert.Equal((EntityType.Location, "geonames:3895114"), (mentions[1].Type, Assert.Single(mentions[1].Refs)));
    }

    [Theory]
    [InlineData("KAV")]
    [InlineData("JTF")]
    public void AcronymsJoinedByAHyphenAreOneBody(string found)
    {
        var document = Raw("A JTF-KAV spokesman said so.", ["DET", "NOUN", "PUNCT", "PROPN", "NOUN", "VERB", "ADV", "PUNCT"],
            (found, EntityType.Organization, NerStage.Source, 0.9, null));

        Assert.Equal("JTF-KAV", Assert.Single(Reconciled(document)).Text);
    }

    [Fact]
    public void ARuleGuessInsideAPersonsTitleIsDropped()
    {
        var document = Raw("Riverside Press Secretary Mara Quist said so.", ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
            ("Riverside Press Secretary Mara Quist", EntityType.Person, NerStage.Source, 0.9, null), ("Riverside Press", EntityType.Person, "rules", 0.5, null),
            ("Mara Quist", EntityType.Person, "rules", 0.85, null));

        Assert.Equal("Mara Quist", Assert.Single(Reconciled(document)).Text);
    }

    [Fact]
    public void WhatWhoFollowsIsNoPlace()
    {
        var document = Tagged("Dayton/PROPN ,/PUNCT who/PRON served/VERB ,/PUNCT died/VERB ./PUNCT Chief/PROPN Kyle/PROPN Dayton/PROPN was/AUX 42/NUM",
            ("Dayton", EntityType.Location, "gazetteer", "geonames:4509884"), ("Dayton", EntityType.Location, NerStage.Source, null),
            ("Kyle Dayton", EntityType.Person, NerStage.Source, null));

        var dayton = Reconciled(document).Single(m => m.Span.Start == 0);

        Assert.Equal(EntityType.Person, dayton.Type);
    }

    [Fact]
    public void APlaceReadWithItsKindIsTheNameAfterOf()
    {
        var mention = Assert.Single(Reconciled(Tagged("attacks/NOUN in/ADP the/DET towns/NOUN of/ADP Qarsa/PROPN",
            ("the towns of Qarsa", EntityType.Location, NerStage.Source, null))));

        Assert.Equal(("Qarsa", EntityType.Location), (mention.Text, mention.Type));
    }

    [Theory]
    [InlineData("ships/NOUN sailed/VERB the/DET North/ADJ Qarsa/PROPN Sea/PROPN", "North Qarsa Sea")]
    [InlineData("blasts/NOUN hit/VERB the/DET Qarsa/PROPN neighborhood/NOUN", "Qarsa neighborhood")]
    public void ANameWithAPlacesHeadIsAPlace(string tagged, string found)
    {
        var mention = Assert.Single(Reconciled(Tagged(tagged, (found, EntityType.Organization, NerStage.Source, null))));

        Assert.Equal((found, EntityType.Location), (mention.Text, mention.Type));
    }
}
