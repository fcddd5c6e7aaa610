namespace CommuneRadio.Grains.Alerts;

/// <summary>One message in an alert's life: the first Alert, each Update, the Cancel — who and when.</summary>
[GenerateSerializer, Immutable, Alias("cr.AlertRevision")]
public sealed record AlertRevision([property: Id(0)] string Identifier, [property: Id(1)] AlertMessageType MessageType, [property: Id(2)] string By, [property: Id(3)] DateTimeOffset At, [property: Id(4)] string CmdId);
