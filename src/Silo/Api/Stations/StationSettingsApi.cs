using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Silo.Api.Stations;

/// <summary>
/// Desired volume and amplifier state, for a station (<c>PUT /api/stations/{id}/volume</c>) or one
/// device (<c>PUT /api/stations/{id}/devices/{deviceId}/volume</c>). Devices out of line are
/// corrected by the station grain, now or when they come back.
/// </summary>
public static class StationSettingsApi
{
    public static IEndpointRouteBuilder MapStationSettingsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/stations/{id}").WithTags("Stations");
        group.MapPut("/volume", (string id, HttpRequest request, IGrainFactory grains, CancellationToken ct) => SetVolumeAsync(id, null, request, grains, ct));
        group.MapPut("/devices/{deviceId}/volume", (string id, string deviceId, HttpRequest request, IGrainFactory grains, CancellationToken ct) => SetVolumeAsync(id, deviceId, request, grains, ct));
        group.MapPut("/amp", (string id, HttpRequest request, IGrainFactory grains, CancellationToken ct) => SetAmpAsync(id, null, request, grains, ct));
        group.MapPut("/devices/{deviceId}/amp", (string id, string deviceId, HttpRequest request, IGrainFactory grains, CancellationToken ct) => SetAmpAsync(id, deviceId, request, grains, ct));
        return endpoints;
    }

    private static async Task<IResult> SetVolumeAsync(string id, string? deviceId, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<VolumeRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Volume is < 0 or > 100)
        {
            return ApiProblems.Field("volume", "must be between 0 and 100");
        }

        return await Answer(id, deviceId, grains, g => g.SetDesiredVolumeAsync(body.Volume, deviceId));
    }

    private static async Task<IResult> SetAmpAsync(string id, string? deviceId, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<AmpRequest>(request, cancellationToken);
        return problem ?? await Answer(id, deviceId, grains, g => g.SetDesiredAmpAsync(body!.On, deviceId));
    }

    private static async Task<IResult> Answer(string id, string? deviceId, IGrainFactory grains, Func<IStationGrain, Task<SettingOutcome>> change)
    {
        if (!ProtocolIds.IsValid(id))
        {
            return ApiProblems.NotFound("Station", id);
        }

        if (deviceId is not null && !ProtocolIds.IsValid(deviceId))
        {
            return ApiProblems.NotFound("Device", $"{id}/{deviceId}");
        }

        return await change(grains.GetGrain<IStationGrain>(id)) switch
        {
            SettingOutcome.Applied => TypedResults.NoContent(),
            SettingOutcome.UnknownStation => ApiProblems.NotFound("Station", id),
            _ => ApiProblems.NotFound("Device", $"{id}/{deviceId}"),
        };
    }
}
