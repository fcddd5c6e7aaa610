using CommuneRadio.Grains.Devices;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Stations;

namespace CommuneRadio.Silo.Api.Devices;

/// <summary>
/// A station's devices: enrolling one creates its broker account and answers with the password
/// once (201); removing one revokes the account; credentials can be reset per station.
/// </summary>
public static class DevicesApi
{
    public static IEndpointRouteBuilder MapDevicesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/stations/{id}").WithTags("Devices");
        group.MapPost("/devices", EnrollAsync);
        group.MapPut("/devices/{deviceId}", UpdateAsync);
        group.MapDelete("/devices/{deviceId}", RemoveAsync);
        group.MapPost("/credentials", ResetAsync);
        return endpoints;
    }

    private static async Task<IResult> EnrollAsync(string id, HttpRequest request, IDeviceEnrollment enrollment, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<DeviceRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var result = await enrollment.EnrollAsync(id, ToRecord(body!, body!.Id ?? ""), cancellationToken);
        return ApiProblems.From(result.Registry)
            ?? TypedResults.Created($"/api/stations/{id}/devices/{body.Id}", result.Credentials.Single());
    }

    private static async Task<IResult> UpdateAsync(
        string id, string deviceId, HttpRequest request, IStationRegistry stations, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<DeviceRequest>(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Id is not null && body.Id != deviceId)
        {
            return ApiProblems.Field("id", "cannot be changed; remove the device and enroll a new one");
        }

        if (ApiProblems.From(await stations.UpdateDeviceAsync(id, ToRecord(body, deviceId), cancellationToken)) is { } refused)
        {
            return refused;
        }

        await grains.GetGrain<IStationGrain>(id).RefreshRegistrationAsync();
        return TypedResults.NoContent();
    }

    private static async Task<IResult> RemoveAsync(string id, string deviceId, IDeviceEnrollment enrollment, CancellationToken cancellationToken) =>
        ApiProblems.From(await enrollment.RemoveAsync(id, deviceId, cancellationToken)) ?? TypedResults.NoContent();

    private static async Task<IResult> ResetAsync(string id, HttpRequest request, IDeviceEnrollment enrollment, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<string>? deviceIds = null;
        if (request.ContentLength is > 0)
        {
            var (body, problem) = await JsonBody.ReadAsync<CredentialsRequest>(request, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            deviceIds = body!.DeviceIds;
        }

        var result = await enrollment.ResetCredentialsAsync(id, deviceIds, cancellationToken);
        return ApiProblems.From(result.Registry) ?? TypedResults.Ok(result.Credentials);
    }

    private static DeviceRecord ToRecord(DeviceRequest body, string deviceId) => new(deviceId, body.Name ?? "")
    {
        Gps = body.Gps,
        Sim = body.Sim,
        Serial = body.Serial,
        Firmware = body.Firmware,
    };
}
