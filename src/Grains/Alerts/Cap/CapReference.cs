namespace CommuneRadio.Grains.Alerts.Cap;

/// <summary>An earlier alert as CAP <c>references</c> names it: a <c>sender,identifier,sent</c> triple.</summary>
public sealed record CapReference(string Sender, string Identifier, DateTimeOffset Sent)
{
    public override string ToString() => $"{Sender},{Identifier},{CapTime.Write(Sent)}";
}
