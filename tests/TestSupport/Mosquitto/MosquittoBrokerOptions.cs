namespace CommuneRadio.TestSupport.Mosquitto;

/// <summary>How <see cref="MosquittoBroker"/> configures its private broker. Immutable; the defaults give an open broker without persistence.</summary>
public sealed record MosquittoBrokerOptions
{
    /// <summary>Let clients connect without credentials. Ignored with <see cref="DynamicSecurity"/>, which decides itself.</summary>
    public bool AllowAnonymous { get; init; } = true;

    /// <summary>Users written to a password file with <c>mosquitto_passwd</c> (user name → password).</summary>
    public IReadOnlyDictionary<string, string> Users { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Load the dynamic-security plugin, initialised with <c>mosquitto_ctrl dynsec init</c> and the
    /// admin below; clients and roles are then provisioned over <c>$CONTROL/dynamic-security/v1</c>.
    /// </summary>
    public bool DynamicSecurity { get; init; }

    public string DynamicSecurityAdminUser { get; init; } = "admin";

    public string DynamicSecurityAdminPassword { get; init; } = Convert.ToHexString(Guid.NewGuid().ToByteArray());

    /// <summary>Keep sessions and retained messages on disk, so they survive <see cref="MosquittoBroker.StopAsync"/> and a restart.</summary>
    public bool Persistence { get; init; }

    /// <summary>Open a second, TLS listener with a freshly generated self-signed certificate for <c>localhost</c> and 127.0.0.1.</summary>
    public bool Tls { get; init; }

    /// <summary>Lines appended to the generated mosquitto.conf (e.g. <c>max_inflight_messages 100</c>).</summary>
    public IReadOnlyList<string> ExtraConfig { get; init; } = [];

    /// <summary>Log every packet (<c>log_type all</c>) instead of errors, warnings, notices and information.</summary>
    public bool VerboseLog { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public string MosquittoPath { get; init; } = "/usr/sbin/mosquitto";

    public string DynamicSecurityPluginPath { get; init; } = "/usr/lib/x86_64-linux-gnu/mosquitto_dynamic_security.so";
}
