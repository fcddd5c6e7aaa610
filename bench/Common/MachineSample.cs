using System.Diagnostics;
using System.Globalization;

namespace CommuneRadio.Bench.Common;

/// <summary>
/// The whole machine's busy CPU time (every process, every core: /proc/stat minus idle and iowait)
/// at one moment, so a figure can say how much of the machine other work took while it was measured.
/// </summary>
internal sealed record MachineSample(long At, double BusySeconds)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static MachineSample Read()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Take(8).Sum(); // user nice system idle iowait irq softirq steal (guest time is inside user)
        return new MachineSample(Stopwatch.GetTimestamp(), (total - idle) / TicksPerSecond);
    }

    /// <summary>Busy cores between two samples: 2.0 is both cores of a 2-core machine busy.</summary>
    public double CoresSince(MachineSample earlier) => (BusySeconds - earlier.BusySeconds) / Stopwatch.GetElapsedTime(earlier.At, At).TotalSeconds;
}
