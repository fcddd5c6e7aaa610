using System.Globalization;

namespace CommuneRadio.Bench.Common;

/// <summary>CPU seconds (user + system) used so far by a process and its direct children, such as a PostgreSQL server and its backends.</summary>
internal static class ProcessTree
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static double CpuSeconds(int root)
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (pid == root || fields[1] == root.ToString(CultureInfo.InvariantCulture))
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // Gone meanwhile.
            }
        }

        return ticks / TicksPerSecond;
    }

    /// <summary>The PostgreSQL server listening on the port of <paramref name="connectionString"/>, found by its command line (<c>-c port=N</c>), or null.</summary>
    public static int? PostgresServer(string connectionString)
    {
        var port = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.TryGetValue("Port", out var p) ? p?.ToString() : null;
        return port is null ? null : ProcessLookup.Find($"port={port} ");
    }
}
