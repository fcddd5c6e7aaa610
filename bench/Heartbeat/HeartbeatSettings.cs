using CommuneRadio.Bench.Common;

namespace CommuneRadio.Bench.Heartbeat;

/// <summary>
/// Sizes of one run, from the environment so development runs can be small:
/// COMMUNERADIO_BENCH_DEVICES (10,000 connected devices), COMMUNERADIO_BENCH_HELD (100,000 devices
/// held), COMMUNERADIO_BENCH_STEADY_S (60 s of steady state).
/// </summary>
internal sealed record HeartbeatSettings(int Devices, int Held, TimeSpan Steady)
{
    public static HeartbeatSettings FromEnvironment() => new(
        BenchEnvironment.Int("COMMUNERADIO_BENCH_DEVICES", 10_000),
        BenchEnvironment.Int("COMMUNERADIO_BENCH_HELD", 100_000),
        TimeSpan.FromSeconds(BenchEnvironment.Int("COMMUNERADIO_BENCH_STEADY_S", 60)));
}
