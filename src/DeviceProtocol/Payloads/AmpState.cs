using System.Text.Json.Serialization;

namespace CommuneRadio.DeviceProtocol;

/// <summary>The power amplifier of a speaker cluster.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AmpState>))]
public enum AmpState
{
    [JsonStringEnumMemberName("off")]
    Off,

    [JsonStringEnumMemberName("on")]
    On,
}
