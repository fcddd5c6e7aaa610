namespace CommuneRadio.Grains.Alerts;

/// <summary>What an alert grain stores: the alert, its stations and revisions (null until issued).</summary>
[GenerateSerializer, Alias("cr.AlertState")]
public sealed class AlertState
{
    [Id(0)] public AlertRecord? Alert { get; set; }
}
