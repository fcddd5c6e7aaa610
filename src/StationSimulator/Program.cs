using CommuneRadio.StationSimulator.Cli;

return await SimulatorCommandLine.InvokeAsync(args);
