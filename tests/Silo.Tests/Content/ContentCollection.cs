namespace CommuneRadio.Silo.Tests.Content;

/// <summary>The content API tests share one <see cref="ContentSilo"/> (each test uses fresh items) and run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ContentCollection : ICollectionFixture<ContentSilo>
{
    public const string Name = "content";
}
