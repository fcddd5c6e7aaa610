namespace CommuneRadio.DeviceProtocol;

/// <summary>
/// The topics of protocol v1 under a configurable root prefix (empty by default, else ending in
/// '/', e.g. <c>dongthap/</c>):
/// <c>stations/{s}/devices/{d}/heartbeat|status|ack|cmd</c> and <c>stations/{s}/cmd</c>.
/// Immutable and thread-safe.
/// </summary>
public sealed class TopicLayout
{
    private const string Stations = "stations/";
    private const string Devices = "/devices/";

    public TopicLayout(string root = "")
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root.Length > 0 && (!root.EndsWith('/') || root.StartsWith('/') || root.AsSpan().IndexOfAny("+#\0") >= 0 || root.StartsWith('$')))
        {
            throw new ArgumentException(
                "The topic root must be empty or end with '/', and must not start with '/' or '$' nor contain '+', '#' or NUL.", nameof(root));
        }

        Root = root;
    }

    public static TopicLayout Default { get; } = new();

    public string Root { get; }

    public string Heartbeat(string stationId, string deviceId) => Device(stationId, deviceId, "heartbeat");

    public string Status(string stationId, string deviceId) => Device(stationId, deviceId, "status");

    public string Ack(string stationId, string deviceId) => Device(stationId, deviceId, "ack");

    /// <summary>Commands for one device.</summary>
    public string DeviceCommands(string stationId, string deviceId) => Device(stationId, deviceId, "cmd");

    /// <summary>Commands for every device of a station.</summary>
    public string StationCommands(string stationId) => $"{Root}{Stations}{stationId}/cmd";

    /// <summary>Everything one device may publish under (its ACL).</summary>
    public string DevicePublishFilter(string stationId, string deviceId) => $"{Root}{Stations}{stationId}{Devices}{deviceId}/#";

    public string Filter(DeviceTopicKind kind) => $"{Root}{Stations}+{Devices}+/{Name(kind)}";

    /// <summary>Parses a topic a device publishes to; false for anything else, including invalid ids.</summary>
    public bool TryParse(string topic, out DeviceTopic parsed)
    {
        parsed = default;
        var rest = topic.AsSpan();
        if (!rest.StartsWith(Root, StringComparison.Ordinal) || !rest[Root.Length..].StartsWith(Stations, StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[(Root.Length + Stations.Length)..];
        var stationEnd = rest.IndexOf('/');
        if (stationEnd <= 0 || !rest[stationEnd..].StartsWith(Devices, StringComparison.Ordinal))
        {
            return false;
        }

        var station = rest[..stationEnd];
        rest = rest[(stationEnd + Devices.Length)..];
        var deviceEnd = rest.IndexOf('/');
        if (deviceEnd <= 0)
        {
            return false;
        }

        var device = rest[..deviceEnd];
        DeviceTopicKind? kind = rest[(deviceEnd + 1)..] switch
        {
            "heartbeat" => DeviceTopicKind.Heartbeat,
            "status" => DeviceTopicKind.Status,
            "ack" => DeviceTopicKind.Ack,
            _ => null,
        };
        if (kind is null || !ProtocolIds.IsValid(station) || !ProtocolIds.IsValid(device))
        {
            return false;
        }

        parsed = new DeviceTopic(kind.Value, station.ToString(), device.ToString());
        return true;
    }

    private string Device(string stationId, string deviceId, string leaf) => $"{Root}{Stations}{stationId}{Devices}{deviceId}/{leaf}";

    private static string Name(DeviceTopicKind kind) => kind switch
    {
        DeviceTopicKind.Heartbeat => "heartbeat",
        DeviceTopicKind.Status => "status",
        DeviceTopicKind.Ack => "ack",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
