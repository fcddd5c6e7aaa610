using CommuneRadio.StationSimulator.Cli;

return await SimulatorCommandLine.InvokeAsync(args);

/// <summary>The simulator's entry point; internal so that tests hosting the Silo see only the Silo's <c>Program</c>.</summary>
internal sealed partial class Program;
