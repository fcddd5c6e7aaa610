using System.Collections.Concurrent;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Devices;

namespace CommuneRadio.Grains.Tests.Stations.StandIns;

/// <summary>Records the commands grains send, for unit tests; can be told to fail like a broker that is down.</summary>
public sealed class RecordingCommandSender : IDeviceCommandSender
{
    private readonly ConcurrentQueue<SentCommand> _sent = new();

    public bool BrokerDown { get; set; }

    public IReadOnlyList<SentCommand> Sent => _sent.ToList();

    public Task SendAsync(string stationId, string? deviceId, DeviceCommand command, CancellationToken cancellationToken = default)
    {
        if (BrokerDown)
        {
            throw new IOException("broker unreachable");
        }

        _sent.Enqueue(new SentCommand(stationId, deviceId, command));
        return Task.CompletedTask;
    }
}
