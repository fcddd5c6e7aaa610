namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// CAP 1.2 <c>info/category</c>: what kind of hazard the alert is about. CAP requires one on every
/// <c>info</c> block, so an alert carries it to export faithfully (floods are <see cref="Met"/> in CAP,
/// landslides <see cref="Geo"/>, evacuations <see cref="Safety"/>).
/// </summary>
[GenerateSerializer, Alias("cr.AlertCategory")]
public enum AlertCategory
{
    Geo,
    Met,
    Safety,
    Security,
    Rescue,
    Fire,
    Health,
    Env,
    Transport,
    Infra,
    CBRNE,
    Other,
}
