using System.ComponentModel.DataAnnotations;

namespace CommuneRadio.Gateway;

/// <summary>Where the broker is and how the gateway uses it; bound from the <c>Gateway</c> section.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    [Required]
    public string Host { get; set; } = "127.0.0.1";

    [Range(1, 65535)]
    public int Port { get; set; } = 1883;

    /// <summary>The dynamic-security admin account: provisions device accounts and the gateway's own.</summary>
    [Required]
    public string AdminUsername { get; set; } = "communeradio-admin";

    [Required]
    public string AdminPassword { get; set; } = "";

    /// <summary>The gateway's own account, created at start with rights on every station topic.</summary>
    [Required]
    public string Username { get; set; } = "communeradio-gateway";

    [Required]
    public string Password { get; set; } = "";

    /// <summary>Prefix of every topic (empty, or ending in '/').</summary>
    public string TopicRoot { get; set; } = "";

    /// <summary>Shared-subscription group: gateway instances in one group split the device traffic.</summary>
    [Required]
    public string SharedGroup { get; set; } = "communeradio";

    /// <summary>Prefix of the gateway's MQTT client ids; each connection adds its role and the machine name.</summary>
    [Required]
    public string ClientIdPrefix { get; set; } = "silo";

    /// <summary>Ingest connections in the shared group (more spread decoding over cores). Default 2.</summary>
    [Range(1, 64)]
    public int IngestConnections { get; set; } = 2;

    /// <summary>Queues between MQTT and grains; a station always maps to the same one, keeping its messages in order. Default 32.</summary>
    [Range(1, 1024)]
    public int Partitions { get; set; } = 32;

    /// <summary>Messages each queue holds before MQTT reading waits (back-pressure). Default 1,000.</summary>
    [Range(1, 1_000_000)]
    public int PartitionCapacity { get; set; } = 1000;

    /// <summary>Wait between attempts to reach the broker at start and after failures.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a broker-account request may take.</summary>
    public TimeSpan AdminTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
