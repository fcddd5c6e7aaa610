using CommuneRadio.StationSimulator.Province;
using Spectre.Console;

namespace CommuneRadio.StationSimulator.Cli;

/// <summary>A progress bar of devices coming online while a province starts (on an interactive console; elsewhere the log says it).</summary>
internal static class ConnectProgressView
{
    public static Task<ProvinceStartResult> StartAsync(SimulatedProvince province, CancellationToken cancellationToken)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            return province.StartAsync(null, cancellationToken);
        }

        return AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask($"Connecting {province.Devices.Count} devices", maxValue: Math.Max(1, province.Devices.Count));
                var progress = new Progress<ProvinceStartProgress>(p =>
                {
                    bar.Value = Math.Max(bar.Value, p.Online + p.Refused); // reports from many threads may arrive out of order
                    bar.Description = $"Online {p.Online}/{p.Total}{(p.Refused > 0 ? $", refused {p.Refused}" : "")}";
                });
                var result = await province.StartAsync(progress, cancellationToken).ConfigureAwait(false);
                bar.Value = bar.MaxValue;
                return result;
            });
    }
}
