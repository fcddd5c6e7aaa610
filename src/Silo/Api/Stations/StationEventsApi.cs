using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using CommuneRadio.Grains.Events;

namespace CommuneRadio.Silo.Api.Stations;

/// <summary>
/// <c>GET /api/stations/events</c>: a server-sent-events stream of status changes (event
/// <c>status</c>, data a <see cref="StatusTransition"/> plus <c>missed</c> when this client fell behind).
/// Optional <c>?station=</c> narrows it to one station.
/// </summary>
public static class StationEventsApi
{
    public static IEndpointRouteBuilder MapStationEventsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/stations/events", (string? station, IStationEvents events, CancellationToken cancellationToken) =>
            TypedResults.ServerSentEvents(Stream(events, station, cancellationToken)))
            .WithTags("Stations");
        return endpoints;
    }

    private static async IAsyncEnumerable<SseItem<StatusEvent>> Stream(
        IStationEvents events, string? station, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var e in events.SubscribeAsync(cancellationToken))
        {
            var t = e.Transition;
            if (station is null || t.StationId == station)
            {
                yield return new SseItem<StatusEvent>(new StatusEvent(t.StationId, t.DeviceId, t.State, t.At, t.Reason, e.Missed), "status");
            }
        }
    }
}
