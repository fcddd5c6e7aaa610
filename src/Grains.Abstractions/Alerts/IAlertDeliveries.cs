namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// The per-device lifecycle of every alert: each transition is stored durably before
/// <see cref="RecordAsync"/> completes (so a restarted Silo resumes where it was), kept in memory
/// as the latest state per device, and streamed to whoever watches the alert. Thread-safe.
/// </summary>
public interface IAlertDeliveries
{
    Task RecordAsync(IReadOnlyList<AlertDelivery> transitions, CancellationToken cancellationToken = default);

    /// <summary>The latest state of every device the alert has reached so far.</summary>
    Task<IReadOnlyList<AlertDelivery>> CurrentAsync(string alertId, CancellationToken cancellationToken = default);

    /// <summary>Drops an ended alert's devices from memory; they stay stored, and are read back if the alert is asked for again.</summary>
    void Forget(string alertId);

    /// <summary>
    /// Transitions of one alert from the moment this returns (the watcher is registered before the
    /// first item is asked for), until <paramref name="cancellationToken"/> fires.
    /// </summary>
    IAsyncEnumerable<AlertDelivery> WatchAsync(string alertId, CancellationToken cancellationToken);
}
