using System.Globalization;
using System.Security.Cryptography;

namespace CommuneRadio.Bench.Common;

/// <summary>What a benchmark reads from its environment: sizes set by COMMUNERADIO_BENCH_* variables, fresh secrets, the open-file limit.</summary>
internal static class BenchEnvironment
{
    /// <summary>A positive whole number from the variable <paramref name="name"/>, else <paramref name="fallback"/>.</summary>
    public static int Int(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    /// <summary>COMMUNERADIO_BENCH_KEEP set: keep the run's folder (logs, broker files) for a look afterwards.</summary>
    public static bool KeepFiles => Environment.GetEnvironmentVariable("COMMUNERADIO_BENCH_KEEP") is not null;

    /// <summary>A random password for one run.</summary>
    public static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>This process's soft and hard limits of open files, as /proc/self/limits shows them.</summary>
    public static string OpenFileLimit()
    {
        var line = File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        return line is null ? "unknown" : string.Join(' ', line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));
    }
}
