using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.StationSimulator.Tests.Support;

/// <summary>
/// One private mosquitto for the device tests. It accepts any credentials (the province test starts
/// its own broker with a password file): each test uses a fresh station id, so tests never see each
/// other's messages, retained ones included.
/// </summary>
public sealed class BrokerFixture : IAsyncLifetime
{
    public MosquittoBroker Broker { get; private set; } = null!;

    public async Task InitializeAsync() => Broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions { AllowAnonymous = true });

    public async Task DisposeAsync() => await Broker.DisposeAsync();
}
