using System.Collections.Concurrent;
using CommuneRadio.Gateway.Ingest;
using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Gateway.Tests.Ingest;

/// <summary>Station grains that record the heartbeats they get, in order; a station can be held until the test lets it go.</summary>
internal sealed class RecordingStations : IStationGrains
{
    private readonly ConcurrentDictionary<string, Station> _stations = new(StringComparer.Ordinal);

    public Station this[string id] => _stations.GetOrAdd(id, _ => new Station());

    public IStationGrain Grain(string stationId) => this[stationId];

    internal sealed class Station : IStationGrain
    {
        private readonly ConcurrentQueue<long> _seqs = new();

        public TaskCompletionSource? Hold { get; set; }

        public TimeSpan Delay { get; set; }

        public IReadOnlyList<long> Seqs => [.. _seqs];

        public async Task<IngestOutcome> HeartbeatAsync(DeviceHeartbeat heartbeat)
        {
            if (Hold is { } hold)
            {
                await hold.Task;
            }

            await Task.Delay(Delay);
            _seqs.Enqueue(heartbeat.Seq);
            return IngestOutcome.Accepted;
        }

        public Task<IngestOutcome> DeviceStatusAsync(DeviceStatusReport report) => throw new NotSupportedException();

        public Task<IngestOutcome> AckAsync(DeviceAckReport ack) => throw new NotSupportedException();

        public Task<StationSnapshot> GetSnapshotAsync() => throw new NotSupportedException();

        public Task<SettingOutcome> SetDesiredVolumeAsync(int volume, string? deviceId) => throw new NotSupportedException();

        public Task<SettingOutcome> SetDesiredAmpAsync(bool on, string? deviceId) => throw new NotSupportedException();

        public Task<int> StartAlertAsync(AlertOrder order) => throw new NotSupportedException();

        public Task StopAlertAsync(string alertId) => throw new NotSupportedException();

        public Task RefreshRegistrationAsync() => throw new NotSupportedException();
    }
}
