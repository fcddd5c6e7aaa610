using CommuneRadio.StationSimulator.Credentials;
using CommuneRadio.StationSimulator.Devices;
using CommuneRadio.StationSimulator.Province;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.StationSimulator.Cli;

/// <summary>
/// Runs the province for the host: loads the file and credentials, connects the devices with a
/// progress bar, logs counters every 30 s, and on shutdown (Ctrl-C) stops every device cleanly.
/// A failure to start stops the host with exit code 1.
/// </summary>
internal sealed class ProvinceRunner(
    RunSettings settings, IHttpClientFactory http, ILoggerFactory loggerFactory, IHostApplicationLifetime lifetime) : BackgroundService
{
    private static readonly TimeSpan StatusInterval = TimeSpan.FromSeconds(30);
    private readonly ILogger _logger = loggerFactory.CreateLogger<ProvinceRunner>();

    public int ExitCode { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        SimulatedProvince province;
        try
        {
            province = await CreateAsync(stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // A missing file or a refusing Silo is the operator's to fix: the message says how, a stack trace would only hide it.
            var expected = e is IOException or InvalidDataException or HttpRequestException or UnauthorizedAccessException;
            CliLog.Failed(_logger, e.Message, expected ? null : e);
            ExitCode = 1;
            lifetime.StopApplication();
            return;
        }

        await using (province)
        {
            try
            {
                await RunAsync(province, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Ctrl-C.
            }

            CliLog.Stopping(_logger, province.Devices.Count);
            await province.StopAsync(CancellationToken.None);
        }
    }

    private async Task<SimulatedProvince> CreateAsync(CancellationToken cancellationToken)
    {
        var file = (await ProvinceFileReader.ReadAsync(settings.ProvincePath, cancellationToken)).Take(settings.Stations);
        CliLog.Loaded(_logger, Path.GetFileName(settings.ProvincePath), file.Stations.Count, file.DeviceCount, settings.BrokerHost, settings.BrokerPort);
        var silo = settings.Api is { } api ? new SiloCredentialsClient(http.CreateClient("silo"), api) : null;
        var (credentials, fetched) = await CredentialsSource.ObtainAsync(settings.CredentialsPath, file, silo, cancellationToken);
        if (fetched)
        {
            CliLog.Fetched(_logger, credentials.Count, settings.Api!, settings.CredentialsPath);
        }
        else
        {
            CliLog.Reused(_logger, settings.CredentialsPath, credentials.Count);
        }

        var province = SimulatedProvince.Create(file, credentials, new SimulatedProvinceOptions
        {
            Devices = new SimulatedDeviceOptions
            {
                BrokerHost = settings.BrokerHost,
                BrokerPort = settings.BrokerPort,
                HeartbeatInterval = settings.HeartbeatInterval,
                HeartbeatJitter = settings.HeartbeatJitter,
                PlaybackSpeed = settings.PlaybackSpeed,
                JournalCapacity = 32, // nobody reads the journals of a demo; 10,000 full ones would hold a gigabyte after a few hours
            },
            Mqtt311Share = settings.Mqtt311Share,
        }, TimeProvider.System, loggerFactory);
        if (province.MissingCredentials is [var first, ..] missing)
        {
            CliLog.Missing(_logger, missing.Count, settings.CredentialsPath, $"{first.StationId}/{first.DeviceId}");
        }

        return province;
    }

    private async Task RunAsync(SimulatedProvince province, CancellationToken stoppingToken)
    {
        var result = await ConnectProgressView.StartAsync(province, stoppingToken);
        CliLog.Started(_logger, result.Online, province.Devices.Count, result.Elapsed, result.Refused.Count);
        if (result.Refused is [var refused, ..])
        {
            CliLog.Refused(_logger, result.Refused.Count, refused.StationId, refused.DeviceId, refused.Reason, settings.CredentialsPath);
        }

        using var timer = new PeriodicTimer(StatusInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var c = province.Counters.Snapshot();
            CliLog.Status(_logger, c.Online, c.HeartbeatsSent, c.CommandsReceived, c.AcksSent, c.PlaysFinished, c.LinkCuts, c.ConnectFailures);
        }
    }
}
