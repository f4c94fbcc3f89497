using Nexus.Text.Models.Corpora;
using Nexus.Text.Models.Ner;

namespace Nexus.Text.Tests.Models;

public sealed class CorpusReaderTests
{
    [Fact]
    public void ConlluKeepsSyntacticWordsAndSkipsMultiwordTokens()
    {
        string[] lines =
        [
            "# sent_id = s1",
            "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
            "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_",
            "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_",
            "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No",
            "",
        ];

        var sentence = Assert.Single(ConlluReader.Read(lines));

        Assert.Equal("s1", sentence.Id);
        Assert.Equal(["do", "n't", "go"], sentence.Forms.ToArray());
        Assert.Equal(0, sentence.Words[2].Head);
        Assert.False(sentence.Words[2].SpaceAfter);
    }

    [Fact]
    public void Iob1TagsStartAnEntityWhenTheTypeChanges()
    {
        string[] tags = ["I-ORG", "I-ORG", "I-PER", "O", "B-LOC", "B-LOC", "I-MISC"];

        var entities = BioDecoder.Decode(tags, EntityLabels.FromConll);

        Assert.Equal(
            [new(0, 2, "ORGANIZATION"), new(2, 3, "PERSON"), new(4, 5, "LOCATION"), new(5, 6, "LOCATION"), new(6, 7, "MISC")],
            entities.ToArray());
    }

    [Fact]
    public void GumNestedEntitiesFlattenToTheOutermostKeptType()
    {
        string[] lines =
        [
            "1\tthe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new-_-_-2-_-_",
            "2\tmayor\tmayor\tNOUN\tNN\t_\t0\troot\t_\t_",
            "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_",
            "4\tKabul\tKabul\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(2-place-new-_-_-1-_-Kabul)1)",
            "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_",
            "6\tFriday\tFriday\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(3-time-new-_-_-1-_-_)",
            "",
        ];

        var sentence = GumEntities.ToNerSentence(Assert.Single(ConlluReader.Read(lines)), EntityLabels.FromGum);

        Assert.Equal([new EntityAnnotation(0, 4, "PERSON")], sentence.Entities.ToArray());
    }

    [Fact]
    public void Re3dGoldDropsUnconfidentAndNestedAnnotations()
    {
        var document = new Re3dDocument("d", "src", "Minister for the Middle East Tobias Ellwood", [
            new Re3dEntity(0, 43, "Person", 0.78),
            new Re3dEntity(17, 28, "Location", 1),
            new Re3dEntity(29, 43, "Person", 0),
            new Re3dEntity(0, 8, "Frequency", 1),
        ]);

        var gold = Re3dReader.FlatGold(document);

        Assert.Equal([(new TextSpan(0, 43), "PERSON")], gold.ToArray());
    }

    [Fact]
    public void Re3dEntitiesBecomeTokenSpansOfTheProductTokenizer()
    {
        var document = new Re3dDocument("d", "src", "ISIL fighters attacked Palmyra. The UK condemned it.", [
            new Re3dEntity(0, 4, "Organisation", 1),
            new Re3dEntity(23, 30, "Location", 1),
            new Re3dEntity(32, 38, "Organisation", 0.95),
        ]);

        var ner = Re3dReader.ToNerDocument(document);

        Assert.Equal(2, ner.Sentences.Length);
        Assert.Equal([new(0, 1, "ORGANIZATION"), new(3, 4, "LOCATION")], ner.Sentences[0].Entities.ToArray());
        Assert.Equal([new EntityAnnotation(0, 2, "ORGANIZATION")], ner.Sentences[1].Entities.ToArray());
    }

    [Fact]
    public void CsvFieldsMayHoldQuotedCommasAndQuotes()
    {
        Assert.Equal(["", "10,000", "CD", "O"], GmbReader.SplitCsv(",\"10,000\",CD,O"));
        Assert.Equal(["", "\"", "``", "O"], GmbReader.SplitCsv(",\"\"\"\",``,O"));
    }
}
