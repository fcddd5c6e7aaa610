using CommuneRadio.Bench.Common;

namespace CommuneRadio.Bench.Alert;

/// <summary>
/// Sizes of one run, from the environment so development runs can be small:
/// COMMUNERADIO_BENCH_DEVICES (10,000 connected devices, 20 per station) and
/// COMMUNERADIO_BENCH_ALERT_LIMIT_S (60 s: how long to wait for the last device before giving up).
/// Devices play 20 times faster than real time, so an alert is over (acked done) within seconds.
/// </summary>
internal sealed record AlertSettings(int Devices, TimeSpan Limit, double PlaybackSpeed)
{
    public static AlertSettings FromEnvironment() => new(
        BenchEnvironment.Int("COMMUNERADIO_BENCH_DEVICES", 10_000),
        TimeSpan.FromSeconds(BenchEnvironment.Int("COMMUNERADIO_BENCH_ALERT_LIMIT_S", 60)),
        PlaybackSpeed: 20);
}
