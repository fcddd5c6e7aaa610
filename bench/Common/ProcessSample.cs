using System.Diagnostics;
using System.Globalization;

namespace CommuneRadio.Bench.Common;

/// <summary>A process's CPU time (user + system) and resident memory at one moment, read from /proc.</summary>
internal sealed record ProcessSample(long At, double CpuSeconds, long RssBytes)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static ProcessSample Read(int pid)
    {
        // Fields after the command name, which is in parentheses and may hold spaces.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var cpu = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        var rss = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kb = long.Parse(rss["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return new ProcessSample(Stopwatch.GetTimestamp(), cpu, kb * 1024);
    }

    /// <summary>CPU used between two samples per second of wall time: 1.0 is one core busy.</summary>
    public double CoresSince(ProcessSample earlier) => (CpuSeconds - earlier.CpuSeconds) / Stopwatch.GetElapsedTime(earlier.At, At).TotalSeconds;
}
