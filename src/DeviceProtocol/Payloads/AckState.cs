using System.Text.Json.Serialization;

namespace CommuneRadio.DeviceProtocol;

/// <summary>How far a device got with a command.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AckState>))]
public enum AckState
{
    [JsonStringEnumMemberName("received")]
    Received,

    [JsonStringEnumMemberName("playing")]
    Playing,

    [JsonStringEnumMemberName("done")]
    Done,

    [JsonStringEnumMemberName("failed")]
    Failed,

    [JsonStringEnumMemberName("rejected")]
    Rejected,
}
