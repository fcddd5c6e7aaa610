namespace CommuneRadio.Grains.Events;

/// <summary>Durable status history. Thread-safe singleton.</summary>
public interface IStatusHistory
{
    /// <summary>Completes once the transition is stored.</summary>
    Task AppendAsync(StatusTransition transition, CancellationToken cancellationToken = default);

    /// <summary>Transitions of a station (<paramref name="deviceId"/> null: the station's own and all its devices') in [from, to), oldest first.</summary>
    Task<IReadOnlyList<StatusTransition>> ReadAsync(
        string stationId, string? deviceId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>
    /// The latest transition of the station itself and of each of its devices (key: device id, ""
    /// for the station), before <paramref name="before"/> when given: the state at that moment.
    /// </summary>
    Task<IReadOnlyDictionary<string, StatusTransition>> LatestAsync(
        string stationId, DateTimeOffset? before = null, CancellationToken cancellationToken = default);
}
