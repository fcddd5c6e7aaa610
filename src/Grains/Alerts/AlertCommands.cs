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

    public static DeviceCommand Play(AlertMessage message, string cmdId, int defaultVolume) => new()
    {
        CmdId = cmdId,
        Type = CommandType.Play,
        Priority = BroadcastPriority.Emergency,
        Media = message.Audio,
        Text = message.Audio is null ? SpokenText(message) : null,
        Repeat = message.Repeat,
        RepeatIntervalS = message.RepeatIntervalS,
        Volume = message.Volume ?? defaultVolume,
        ExpiresAt = message.Expires,
    };

    private static string SpokenText(AlertMessage message) =>
        !string.IsNullOrWhiteSpace(message.Text)
            ? message.Text
            : string.Join(". ", new[] { message.Headline, message.Description, message.Instruction }.Where(t => !string.IsNullOrWhiteSpace(t)));
}
