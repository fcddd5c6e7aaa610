namespace CommuneRadio.Grains.Alerts;

/// <summary>Where an alert stands as a whole.</summary>
[GenerateSerializer, Alias("cr.AlertPhase")]
public enum AlertPhase
{
    /// <summary>Issued, waiting for a second operator to confirm it (province-wide Actual alerts); nothing sent yet.</summary>
    AwaitingConfirmation,

    /// <summary>On air: sent to its stations and to devices as they come online, until it expires.</summary>
    Active,

    Cancelled,

    Expired,
}
