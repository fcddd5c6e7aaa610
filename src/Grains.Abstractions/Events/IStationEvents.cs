namespace CommuneRadio.Grains.Events;

/// <summary>
/// Live status changes for the console. Publishing never blocks a grain: a subscriber that falls
/// behind loses its oldest events and is told how many. Thread-safe singleton.
/// </summary>
public interface IStationEvents
{
    void Publish(StatusTransition transition);

    /// <summary>Events published from now on, until the token fires.</summary>
    IAsyncEnumerable<StationEvent> SubscribeAsync(CancellationToken cancellationToken);
}
