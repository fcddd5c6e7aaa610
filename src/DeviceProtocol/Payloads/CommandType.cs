using System.Text.Json.Serialization;

namespace CommuneRadio.DeviceProtocol;

[JsonConverter(typeof(JsonStringEnumConverter<CommandType>))]
public enum CommandType
{
    [JsonStringEnumMemberName("play")]
    Play,

    [JsonStringEnumMemberName("stop")]
    Stop,

    [JsonStringEnumMemberName("volume")]
    Volume,

    [JsonStringEnumMemberName("amp")]
    Amp,

    [JsonStringEnumMemberName("fm")]
    Fm,

    [JsonStringEnumMemberName("schedule")]
    Schedule,

    [JsonStringEnumMemberName("restart")]
    Restart,
}
