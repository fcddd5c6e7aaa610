using CommuneRadio.Hosting;
using CommuneRadio.StationSimulator.Cli;
using Serilog;

LoggingSetup.StartBootstrapLogger();
try
{
    return await SimulatorCommandLine.InvokeAsync(args);
}
catch (Exception e)
{
    Log.Fatal(e, "The simulator stopped on an error");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The simulator's entry point; internal so that tests hosting the Silo see only the Silo's <c>Program</c>.</summary>
internal sealed partial class Program;
