namespace CommuneRadio.Grains.Alerts;

/// <summary>What an alert grain stores: the alert, or nothing before it is issued.</summary>
public sealed class AlertState
{
    public AlertRecord? Alert { get; set; }
}
