using System.Globalization;

namespace CommuneRadio.Bench.Heartbeat;

/// <summary>
/// Sizes of one run, from the environment so development runs can be small:
/// COMMUNERADIO_BENCH_DEVICES (10,000 connected devices), COMMUNERADIO_BENCH_HELD (100,000 devices
/// held), COMMUNERADIO_BENCH_STEADY_S (60 s of steady state).
/// </summary>
internal sealed record HeartbeatSettings(int Devices, int Held, TimeSpan Steady)
{
    public static HeartbeatSettings FromEnvironment() => new(
        Read("COMMUNERADIO_BENCH_DEVICES", 10_000),
        Read("COMMUNERADIO_BENCH_HELD", 100_000),
        TimeSpan.FromSeconds(Read("COMMUNERADIO_BENCH_STEADY_S", 60)));

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
