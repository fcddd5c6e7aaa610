using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// For the endpoints under <c>/api/stations/{id}</c>: a change (any method but GET/HEAD) needs
/// CommuneOperator or above in a scope covering the station's area; a refusal is audited and
/// answered 403. An unknown station passes through to the endpoint's own 404. Creating a station
/// and moving one to another area check the target area in the endpoint itself.
/// </summary>
public sealed class StationScopeFilter(IStationRegistry stations, OperatorAccess access) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || request.RouteValues["id"] is not string id)
        {
            return await next(context);
        }

        var ct = context.HttpContext.RequestAborted;
        if (await stations.GetAsync(id, ct) is { } station
            && await access.CanWriteAsync(station.AreaCode, ct) is { Allowed: false } refused)
        {
            return await access.RefuseAsync(refused, $"{request.Method} station", id, ct);
        }

        return await next(context);
    }
}
