namespace CommuneRadio.Mqtt.Tests.Brokers;

/// <summary>Tests sharing the private mosquitto of <see cref="MosquittoFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class MosquittoCollection : ICollectionFixture<MosquittoFixture>
{
    public const string Name = "mosquitto";
}
