namespace CommuneRadio.Silo.Hosting;

/// <summary>The Silo's Orleans settings, from the <c>Orleans</c> section of the configuration.</summary>
public sealed class SiloOrleansOptions
{
    public const string SectionName = "Orleans";

    /// <summary>The cluster this silo joins; silos and clients of one province share it.</summary>
    public string ClusterId { get; set; } = "communeradio";

    /// <summary>Names the application's state: grain state and reminders are keyed by it, so it never changes.</summary>
    public string ServiceId { get; set; } = "communeradio";

    /// <summary>Silo-to-silo port (loopback while the cluster is one process).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port cluster clients (a Web host) connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>How long a caller waits for a grain call before it gets a <see cref="TimeoutException"/>.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An activation idle this long is deactivated.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the idle collector looks.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The shortest reminder period allowed (an alert's sweep is one).</summary>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
