namespace CommuneRadio.Silo.Tests.Hosting;

/// <summary>How a test wants its <see cref="SiloHost"/>: the clock, the heartbeat interval, any other setting.</summary>
public sealed record SiloHostOptions
{
    /// <summary>Replaces the Silo's <see cref="TimeProvider"/> (e.g. a ManualTimeProvider); null keeps the system clock.</summary>
    public TimeProvider? Time { get; init; }

    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Further configuration keys (<c>Section:Key</c>) and values.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}
