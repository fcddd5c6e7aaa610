using System.Text.Json.Serialization;

namespace CommuneRadio.DeviceProtocol;

/// <summary>
/// Broadcast levels (Circular 39/2020/TT-BTTTT plus live relay), lowest to highest. A higher level
/// interrupts a lower one.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<BroadcastPriority>))]
public enum BroadcastPriority
{
    [JsonStringEnumMemberName("normal")]
    Normal,

    [JsonStringEnumMemberName("priority")]
    Priority,

    [JsonStringEnumMemberName("live")]
    Live,

    [JsonStringEnumMemberName("emergency")]
    Emergency,
}
