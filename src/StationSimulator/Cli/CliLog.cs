using Microsoft.Extensions.Logging;

namespace CommuneRadio.StationSimulator.Cli;

internal static partial class CliLog
{
    [LoggerMessage(101, LogLevel.Information, "Province {Province}: {Stations} stations, {Devices} devices to simulate against {Host}:{Port}")]
    public static partial void Loaded(ILogger logger, string province, int stations, int devices, string host, int port);

    [LoggerMessage(102, LogLevel.Information, "Fetched credentials of {Devices} devices from {Api} into {Path}")]
    public static partial void Fetched(ILogger logger, int devices, Uri api, string path);

    [LoggerMessage(103, LogLevel.Information, "Using the credentials in {Path} ({Devices} devices)")]
    public static partial void Reused(ILogger logger, string path, int devices);

    [LoggerMessage(104, LogLevel.Warning, "{Count} devices of the province have no credentials in {Path} and are not simulated (first: {First}); delete the file and pass --api to fetch new ones")]
    public static partial void Missing(ILogger logger, int count, string path, string first);

    [LoggerMessage(105, LogLevel.Information, "{Online} of {Total} devices online after {Elapsed} ({Refused} refused)")]
    public static partial void Started(ILogger logger, int online, int total, TimeSpan elapsed, int refused);

    [LoggerMessage(106, LogLevel.Error, "The broker refused {Count} devices (first: {StationId}/{DeviceId}: {Reason}); if the Silo's data was reset, delete {Path} and pass --api")]
    public static partial void Refused(ILogger logger, int count, string stationId, string deviceId, string reason, string path);

    [LoggerMessage(107, LogLevel.Information, "Online {Online}; heartbeats {Heartbeats}; commands {Commands}; acks {Acks}; plays {Plays}; link cuts {Cuts}; connect failures {ConnectFailures}")]
    public static partial void Status(ILogger logger, long online, long heartbeats, long commands, long acks, long plays, long cuts, long connectFailures);

    [LoggerMessage(108, LogLevel.Information, "Stopping {Devices} devices: each publishes offline and disconnects")]
    public static partial void Stopping(ILogger logger, int devices);

    [LoggerMessage(109, LogLevel.Critical, "The simulator could not start: {Problem}")]
    public static partial void Failed(ILogger logger, string problem, Exception? exception);
}
