using Nexus.Engine.Extraction;
using Nexus.Ingest;
using Nexus.Resolution.ReferenceData;
using Nexus.Text;
using Nexus.Text.Gazetteers;
using Nexus.Text.Models;
using Nexus.Text.Models.Parsing;
using Nexus.Text.Pipeline;

namespace Nexus.Engine.Tests.Golden;

/// <summary>
/// The product parses only the sentences the claim patterns can read a relation from (two mentions or
/// pronouns at least); parsing every sentence must extract exactly the same from each golden article.
/// </summary>
public sealed class ParsedSentencesTests(RuntimeFixture fixture) : IClassFixture<RuntimeFixture>
{
    private static readonly Lazy<ExtractionPipeline> EverySentenceParsed = new(() =>
    {
        var models = new ModelCatalog();
        return TextPipelines.Default(new GazetteerMatcher(ReferenceLibrary.LoadEmbedded().Gazetteer), models)
            .Replace("parser", new DependencyParserStage(models.Parser))
            .Build();
    });

    public static TheoryData<string> Specs() => [.. GoldenSpec.Names()];

    [Theory]
    [MemberData(nameof(Specs))]
    public async Task ParsingEverySentenceExtractsTheSame(string name)
    {
        var read = await DocumentSource.ReadFileAsync(GoldenSpec.Load(name).Source, new IngestOptions()).SingleAsync();
        Assert.True(read.Succeeded, read.Error);

        var product = fixture.Runtime.Pipeline.Run(read.Document!, CancellationToken.None);
        var everyParse = EverySentenceParsed.Value.Run(read.Document!, CancellationToken.None);

        Assert.Contains(product.Tokens, t => t.Relation is null);
        Assert.NotEmpty(product.Claims);
        Assert.Equal(ExtractionJson.Serialize(everyParse, indented: true), ExtractionJson.Serialize(product, indented: true));
    }
}
