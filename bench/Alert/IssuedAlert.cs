namespace CommuneRadio.Bench.Alert;

/// <summary>What POST /api/alerts answered: the alert's id and command id, the text the devices speak, and the devices it targets.</summary>
internal sealed record IssuedAlert(string Id, string CmdId, string Text, int Devices);
