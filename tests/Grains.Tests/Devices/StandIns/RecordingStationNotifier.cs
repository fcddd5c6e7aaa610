using System.Collections.Concurrent;
using CommuneRadio.Grains.Devices;

namespace CommuneRadio.Grains.Tests.Devices.StandIns;

/// <summary>Records which station grains were told their registration changed; can fail like an unreachable grain.</summary>
public sealed class RecordingStationNotifier : IStationNotifier
{
    private readonly ConcurrentQueue<string> _notified = new();

    public bool Fail { get; set; }

    public IReadOnlyCollection<string> Notified => _notified;

    public Task RegistrationChangedAsync(string stationId, CancellationToken cancellationToken = default)
    {
        if (Fail)
        {
            throw new TimeoutException($"station grain {stationId} did not answer (stand-in fault)");
        }

        _notified.Enqueue(stationId);
        return Task.CompletedTask;
    }
}
