using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Stations;
using CommuneRadio.Gateway.Ingest;

namespace CommuneRadio.Bench.Mqtt;

/// <summary>
/// Station grains that only count the heartbeats the gateway's ingest hands them, completing a
/// signal at the expected count: the end of the ingest path in <see cref="GatewayIngestRun"/>,
/// without storage or grain runtime in the measurement.
/// </summary>
internal sealed class CountingStations : IStationGrains, IStationGrain
{
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected;
    private int _count;

    public Task Done => _done.Task;

    public void Expect(int count)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _expected = count;
        Volatile.Write(ref _count, 0);
    }

    public IStationGrain Grain(string stationId) => this;

    public Task<IngestOutcome> HeartbeatAsync(DeviceHeartbeat heartbeat)
    {
        if (Interlocked.Increment(ref _count) == _expected)
        {
            _done.TrySetResult();
        }

        return Task.FromResult(IngestOutcome.Accepted);
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
