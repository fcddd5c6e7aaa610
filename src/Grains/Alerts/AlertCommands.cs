using System.Security.Cryptography;
using System.Text;
using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Alerts;

/// <summary>Turns an alert's content into the one emergency <c>play</c> command every device gets.</summary>
public static class AlertCommands
{
    /// <summary>The command id of one revision of an alert: stable across resends, new with each Update, within the protocol's 128 characters.</summary>
    public static string CmdId(string alertId, int revision)
    {
        var id = alertId.Length <= 96 ? alertId : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(alertId)))[..32];
        return $"alert-{revision}-{id}";
    }

    /// <summary>The order a station grain takes for the alert's current content (<paramref name="cmdId"/>).</summary>
    public static AlertOrder Order(string alertId, AlertMessage message, string cmdId, int defaultVolume) => new()
    {
        AlertId = alertId,
        CmdId = cmdId,
        Audio = message.Audio,
        Text = message.Audio is null ? SpokenText(message) : null,
        Repeat = message.Repeat,
        RepeatIntervalS = message.RepeatIntervalS,
        Volume = message.Volume ?? defaultVolume,
        ExpiresAt = message.Expires,
    };

    /// <summary>The device protocol's emergency <c>play</c> for an order, as the station sends it.</summary>
    public static DeviceCommand Play(AlertOrder order, DateTimeOffset issuedAt) => new()
    {
        CmdId = order.CmdId,
        Type = CommandType.Play,
        Priority = BroadcastPriority.Emergency,
        Media = order.Audio is { } audio ? new MediaRef(audio.Url, audio.Sha256, audio.DurationS) : null,
        Text = order.Text,
        Repeat = order.Repeat,
        RepeatIntervalS = order.RepeatIntervalS,
        Volume = order.Volume,
        ExpiresAt = order.ExpiresAt,
        IssuedAt = issuedAt,
    };

    private static string SpokenText(AlertMessage message) =>
        !string.IsNullOrWhiteSpace(message.Text)
            ? message.Text
            : string.Join(". ", new[] { message.Headline, message.Description, message.Instruction }.Where(t => !string.IsNullOrWhiteSpace(t)));
}
