namespace CommuneRadio.StationSimulator.Cli;

/// <summary>The options of <c>run</c>, parsed and checked.</summary>
public sealed record RunSettings
{
    public required string BrokerHost { get; init; }

    public required int BrokerPort { get; init; }

    public required string ProvincePath { get; init; }

    public required string CredentialsPath { get; init; }

    /// <summary>The Silo's HTTP address, to fetch passwords when the credentials file does not exist.</summary>
    public Uri? Api { get; init; }

    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(30);

    public double HeartbeatJitter { get; init; } = 0.2;

    public double Mqtt311Share { get; init; }

    public double PlaybackSpeed { get; init; } = 1;

    /// <summary>Only the first N stations of the province file; all when null.</summary>
    public int? Stations { get; init; }
}
