using System.Text.Json.Serialization;

namespace CommuneRadio.DeviceProtocol;

/// <summary>What a device's loudspeakers are doing.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlaybackState>))]
public enum PlaybackState
{
    [JsonStringEnumMemberName("idle")]
    Idle,

    [JsonStringEnumMemberName("playing")]
    Playing,

    /// <summary>Relaying an FM channel.</summary>
    [JsonStringEnumMemberName("fm")]
    Fm,
}
