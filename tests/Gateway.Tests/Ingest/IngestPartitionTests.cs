using CommuneRadio.DeviceProtocol;
using CommuneRadio.Gateway.Ingest;
using CommuneRadio.Gateway.Metrics;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace CommuneRadio.Gateway.Tests.Ingest;

public sealed class IngestPartitionTests
{
    private static IngestItem Heartbeat(string station, long seq) => new(
        new DeviceTopic(DeviceTopicKind.Heartbeat, station, "d-01"),
        DateTimeOffset.UtcNow,
        TimeProvider.System.GetTimestamp(),
        Retained: false,
        Heartbeat: new Heartbeat { Seq = seq, UptimeS = seq, Volume = 70, State = PlaybackState.Idle });

    private static IngestPartition Partition(RecordingStations stations) =>
        new(10_000, stations.Grain, new GatewayMetrics(), TimeProvider.System, NullLogger.Instance, new LogThrottle(10, TimeSpan.FromMinutes(1), TimeProvider.System));

    [Fact]
    public async Task Each_stations_messages_reach_its_grain_in_the_order_they_were_read_while_stations_interleave()
    {
        var stations = new RecordingStations();
        stations["s-29308"].Delay = TimeSpan.FromMilliseconds(1);
        var partition = Partition(stations);
        var run = partition.RunAsync();

        for (var seq = 1; seq <= 300; seq++)
        {
            await partition.EnqueueAsync(Heartbeat("s-29308", seq), CancellationToken.None);
            await partition.EnqueueAsync(Heartbeat("s-29224", seq), CancellationToken.None);
        }

        partition.Complete();
        await run.WithTimeout("the partition delivers everything and stops");
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), stations["s-29308"].Seqs);
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), stations["s-29224"].Seqs);
    }

    [Fact]
    public async Task A_station_waiting_on_its_grain_does_not_hold_up_another_station_in_the_same_partition()
    {
        var stations = new RecordingStations();
        var held = stations["s-29308"].Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var partition = Partition(stations);
        var run = partition.RunAsync();

        await partition.EnqueueAsync(Heartbeat("s-29308", 1), CancellationToken.None);
        await partition.EnqueueAsync(Heartbeat("s-29224", 1), CancellationToken.None);
        await TaskTimeouts.Eventually(() => stations["s-29224"].Seqs.Count == 1, "Sa Đéc's heartbeat is delivered while Mỹ Hiệp's grain is busy");

        Assert.Empty(stations["s-29308"].Seqs);
        held.SetResult();
        partition.Complete();
        await run.WithTimeout("the partition finishes once Mỹ Hiệp's grain answers");
        Assert.Equal([1L], stations["s-29308"].Seqs);
    }
}
