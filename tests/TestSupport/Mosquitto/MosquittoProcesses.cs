using System.Collections.Concurrent;
using System.Diagnostics;

namespace CommuneRadio.TestSupport.Mosquitto;

/// <summary>Kills brokers still running when the test process exits, so a crashed or aborted run leaves none behind.</summary>
internal static class MosquittoProcesses
{
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    static MosquittoProcesses() => AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();

    public static void Track(Process process)
    {
        var id = process.Id;
        Running[id] = process;
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => Running.TryRemove(id, out _);
    }

    private static void KillAll()
    {
        foreach (var process in Running.Values)
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }
}
