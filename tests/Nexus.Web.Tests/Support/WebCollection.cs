namespace Nexus.Web.Tests.Support;

/// <summary>API tests share one ingested seed store.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
