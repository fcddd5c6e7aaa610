
namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// One disaster alert (key: its CAP identifier). Resolves its areas to stations, fans the emergency
/// play out to their station grains, keeps going — new stations under its areas, stations it could
/// not reach — on a durable reminder until it expires or is cancelled. Every step is stored before it
/// is acted on, so a restarted Silo carries on where it was.
/// </summary>
public interface IAlertGrain : IGrainWithStringKey
{
    /// <summary>A new alert (msgType Alert). The same identifier with the same content again is answered with the alert as it is.</summary>
    Task<AlertCommandResult> IssueAsync(AlertCommand command);

    /// <summary>A second operator confirms an alert that awaits confirmation; it is sent then.</summary>
    Task<AlertCommandResult> ConfirmAsync(string operatorName);

    /// <summary>An Update replacing the content on air, or a Cancel stopping it everywhere.</summary>
    Task<AlertCommandResult> ReviseAsync(AlertCommand command);

    /// <summary>Looks again for stations under the alert's areas it has not reached (a station was just added) and sends to them.</summary>
    Task SweepAsync();

    Task<AlertRecord?> GetAsync();
}
