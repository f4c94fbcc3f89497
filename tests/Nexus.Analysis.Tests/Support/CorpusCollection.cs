namespace Nexus.Analysis.Tests.Support;

/// <summary>The test classes that share one ingested corpus (loading the runtime and ingesting is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    public const string Name = "corpus";
}
