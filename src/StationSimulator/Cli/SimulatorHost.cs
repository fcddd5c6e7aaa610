using CommuneRadio.Hosting;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommuneRadio.StationSimulator.Cli;

/// <summary>The generic host of <c>run</c>: Serilog, the province runner as a hosted service, Ctrl-C handling.</summary>
public static class SimulatorHost
{
    /// <summary>Quiet defaults for thousands of devices: one line per client connect would drown everything else.</summary>
    private static readonly Dictionary<string, string?> Defaults = new()
    {
        ["Serilog:MinimumLevel:Override:CommuneRadio.MqttLink"] = "Warning",
        ["Serilog:MinimumLevel:Override:MQTTnet"] = "Warning",
        ["Serilog:MinimumLevel:Override:CommuneRadio.StationSimulator.Devices"] = "Warning",
        ["Serilog:MinimumLevel:Override:Microsoft.Extensions.Http"] = "Warning",
        ["Serilog:MinimumLevel:Override:System.Net.Http"] = "Warning",
    };

    public static async Task<int> RunAsync(RunSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        builder.AddCommuneRadioLogging("simulator");
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));
        builder.Services.AddSingleton(settings);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<ProvinceRunner>();
        builder.Services.AddHostedService(s => s.GetRequiredService<ProvinceRunner>());
        var host = builder.Build();
        var runner = host.Services.GetRequiredService<ProvinceRunner>();
        await host.RunAsync(cancellationToken).ConfigureAwait(false); // disposes the host
        return runner.ExitCode;
    }
}
