namespace CommuneRadio.StationSimulator.Tests.Support;

/// <summary>Tests sharing the private mosquitto of <see cref="BrokerFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<BrokerFixture>
{
    public const string Name = "simulator broker";
}
