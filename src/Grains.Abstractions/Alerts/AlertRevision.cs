namespace CommuneRadio.Grains.Alerts;

/// <summary>One message in an alert's life: the first Alert, each Update, the Cancel — who and when.</summary>
public sealed record AlertRevision(string Identifier, AlertMessageType MessageType, string By, DateTimeOffset At, string CmdId);
