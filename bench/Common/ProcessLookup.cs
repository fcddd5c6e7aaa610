namespace CommuneRadio.Bench.Common;

/// <summary>Finds a process this run started by a distinctive part of its command line (mosquitto by its private config path).</summary>
internal static class ProcessLookup
{
    public static int? Find(string commandLinePart)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ').Contains(commandLinePart, StringComparison.Ordinal))
                {
                    return pid;
                }
            }
            catch (IOException)
            {
                // Gone meanwhile.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours.
            }
        }

        return null;
    }
}
