namespace CommuneRadio.Cli.Alerts;

/// <summary>Where an alert stands for someone waiting on it.</summary>
public enum AlertOutcome
{
    /// <summary>On air (or awaiting a second operator) with devices still to confirm: keep watching.</summary>
    InProgress,

    /// <summary>Every targeted device confirmed (received, playing or done).</summary>
    AllConfirmed,

    /// <summary>Expired or cancelled with devices that never confirmed.</summary>
    EndedUnconfirmed,
}

/// <summary>Reads the <see cref="AlertOutcome"/> from a progress view.</summary>
public static class AlertOutcomes
{
    public const string AwaitingConfirmation = "awaitingConfirmation";

    public static AlertOutcome Of(AlertProgressView progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var ended = progress.Alert.Phase is "expired" or "cancelled";
        var allConfirmed = progress.Confirmed >= progress.Devices;
        return (ended, allConfirmed) switch
        {
            (true, true) => AlertOutcome.AllConfirmed,
            (true, false) => AlertOutcome.EndedUnconfirmed,
            // An active alert with no devices yet has not resolved its stations; zero of zero is not done.
            (false, true) when progress.Devices > 0 && progress.Alert.Phase != AwaitingConfirmation => AlertOutcome.AllConfirmed,
            _ => AlertOutcome.InProgress,
        };
    }
}
