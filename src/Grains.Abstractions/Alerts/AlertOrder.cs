using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// What an alert grain asks a station grain to play: the emergency <c>play</c> command for the
/// alert's current content. Its <c>cmdId</c> changes only when an Update replaces the content, so
/// every resend of one content is the same command and no loudspeaker plays it twice.
/// </summary>
public sealed record AlertOrder(string AlertId, DeviceCommand Command)
{
    public string CmdId => Command.CmdId;

    public DateTimeOffset ExpiresAt => Command.ExpiresAt ?? DateTimeOffset.MaxValue;
}
