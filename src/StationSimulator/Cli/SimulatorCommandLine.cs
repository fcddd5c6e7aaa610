using System.CommandLine;

namespace CommuneRadio.StationSimulator.Cli;

/// <summary>The simulator's command line: <c>run</c> (more commands may follow).</summary>
public static class SimulatorCommandLine
{
    public static RootCommand Create() => new("CommuneRadio station simulator: thousands of simulated speaker clusters over MQTT")
    {
        RunCommand.Create(),
    };

    /// <summary>Ctrl-C is left to the generic host, which stops the devices cleanly (they publish offline).</summary>
    public static Task<int> InvokeAsync(string[] args) =>
        Create().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
}
