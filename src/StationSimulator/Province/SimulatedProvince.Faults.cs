using CommuneRadio.StationSimulator.Devices;
using CommuneRadio.StationSimulator.Faults;

namespace CommuneRadio.StationSimulator.Province;

public sealed partial class SimulatedProvince
{
    /// <summary>Concurrency of province-wide link cuts: each cut is a short connection of its own.</summary>
    private const int CutConcurrency = 500;

    /// <summary>The devices a province-wide fault applies to: a share (0 to 1) spread evenly over the province.</summary>
    public IReadOnlyList<SimulatedDevice> Share(double share)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(share, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        return [.. Devices.Where((_, i) => Picked(i, share))];
    }

    /// <summary>Changes the standing faults of a share of the devices (e.g. <c>f => f with { AckLoss = 0.1 }</c>).</summary>
    public void SetFaults(Func<DeviceFaults, DeviceFaults> change, double share = 1)
    {
        ArgumentNullException.ThrowIfNull(change);
        foreach (var device in Share(share))
        {
            device.Faults = change(device.Faults);
        }
    }

    /// <summary>Cuts the links of a share of the devices without DISCONNECT (their Wills fire); each comes back after <paramref name="downtime"/>. Returns how many were cut.</summary>
    public async Task<int> DropLinksAsync(double share, TimeSpan downtime, CancellationToken cancellationToken = default)
    {
        var cut = 0;
        await ForEachAsync(Share(share), async (device, token) =>
        {
            if (await device.DropLinkAsync(downtime, token).ConfigureAwait(false))
            {
                Interlocked.Increment(ref cut);
            }
        }, CutConcurrency, cancellationToken).ConfigureAwait(false);
        return cut;
    }

    /// <summary>
    /// Every device drops its link at once and all come back together at the same moment,
    /// <paramref name="downtime"/> after the storm began: a thundering herd of reconnects.
    /// </summary>
    public async Task<int> ReconnectStormAsync(TimeSpan downtime, CancellationToken cancellationToken = default)
    {
        var backAt = _time.GetUtcNow() + downtime;
        var cut = 0;
        await ForEachAsync(Devices, async (device, token) =>
        {
            if (await device.DropLinkUntilAsync(backAt, token).ConfigureAwait(false))
            {
                Interlocked.Increment(ref cut);
            }
        }, CutConcurrency, cancellationToken).ConfigureAwait(false);
        return cut;
    }

    /// <summary>A share of the devices stay connected but stop heartbeating.</summary>
    public void GoSilent(double share)
    {
        foreach (var device in Share(share))
        {
            device.GoSilent();
        }
    }

    /// <summary>Every silent device heartbeats again.</summary>
    public void Resume()
    {
        foreach (var device in Devices.Where(d => d.Faults.Silent))
        {
            device.Resume();
        }
    }

    /// <summary>A share of the devices publish one malformed heartbeat each. Returns how many were published.</summary>
    public async Task<int> PublishMalformedAsync(MalformedKind kind, double share, CancellationToken cancellationToken = default)
    {
        var sent = 0;
        await ForEachAsync(Share(share).Where(d => d.IsOnline), async (device, token) =>
        {
            await device.PublishMalformedAsync(kind, token).ConfigureAwait(false);
            Interlocked.Increment(ref sent);
        }, CutConcurrency, cancellationToken).ConfigureAwait(false);
        return sent;
    }

    /// <summary>Someone turned the knob on a share of the cabinets: each volume moves by up to ± <paramref name="maxStep"/>.</summary>
    public void DriftVolumes(double share, int maxStep, int seed = 0)
    {
        var random = new Random(seed);
        foreach (var device in Share(share))
        {
            device.TurnVolumeKnob(Math.Clamp(device.Volume + random.Next(-maxStep, maxStep + 1), 0, 100));
        }
    }
}
