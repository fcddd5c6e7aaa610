using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.MqttLink.Tests.Support;

/// <summary>One private mosquitto for the link tests that do not stop it; each test uses topics and client ids of its own.</summary>
public sealed class BrokerFixture : IAsyncLifetime
{
    public MosquittoBroker Broker { get; private set; } = null!;

    public async Task InitializeAsync() => Broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions { AllowAnonymous = true });

    public async Task DisposeAsync() => await Broker.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class BrokerCollection : ICollectionFixture<BrokerFixture>
{
    public const string Name = "link broker";
}
