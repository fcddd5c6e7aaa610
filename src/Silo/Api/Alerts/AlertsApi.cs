using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Alerts.Cap;
using CommuneRadio.Grains.Alerts.Templates;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Silo.Auth;

namespace CommuneRadio.Silo.Api.Alerts;

/// <summary>
/// Disaster alerts: <c>POST /api/alerts</c> (JSON, optionally from a template),
/// <c>POST /api/alerts/cap</c> (a CAP 1.2 document), <c>GET /api/alerts</c> (history),
/// <c>GET /api/alerts/{id}</c> (live progress), <c>GET /api/alerts/{id}/events</c> (server-sent
/// events of every device's progress), <c>GET /api/alerts/{id}/cap</c> (export),
/// <c>POST /api/alerts/{id}/confirm</c> (second operator), <c>POST /api/alerts/{id}/cancel</c>,
/// <c>GET /api/alerts/templates</c>.
/// </summary>
public static class AlertsApi
{
    public const int MaxCapBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/alerts").WithTags("Alerts");
        group.MapGet("/templates", () => TypedResults.Ok(AlertTemplates.All.Select(t => new
        {
            t.Name, t.VietnameseName, t.Event, t.Headline, t.Text, t.Repeat, t.RepeatIntervalS, ValidForMinutes = (int)t.Validity.TotalMinutes,
        })));
        group.MapGet("/", async (int? offset, int? limit, IAlertDirectory directory, CancellationToken ct) =>
            (offset ?? 0) < 0 ? ApiProblems.Field("offset", "must not be negative")
            : limit is < 1 or > 500 ? ApiProblems.Field("limit", "must be between 1 and 500")
            : TypedResults.Ok(await directory.ListAsync(offset ?? 0, limit ?? 50, ct)));
        group.MapPost("/", SubmitJsonAsync);
        group.MapPost("/cap", SubmitCapAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapGet("/{id}/cap", ExportCapAsync);
        group.MapGet("/{id}/events", (string id, IAlertDeliveries deliveries, CancellationToken ct) => TypedResults.ServerSentEvents(Watch(id, deliveries, ct)));
        group.MapPost("/{id}/confirm", (string id, AlertSubmission submission, CancellationToken ct) => submission.ConfirmAsync(id, ct));
        group.MapPost("/{id}/cancel", CancelAsync);
        return endpoints;
    }

    private static async Task<IResult> SubmitJsonAsync(HttpContext context, AlertSubmission submission, CurrentOperator current, IAreaRegistry areas, TimeProvider time, CancellationToken ct)
    {
        var (request, problem) = await JsonBody.ReadAsync<AlertRequest>(context.Request, ct);
        if (problem is not null)
        {
            return problem;
        }

        var names = await AreaNamesAsync(areas, ct);
        var (message, refusal) = AlertRequestReader.Read(request!, current.Require().Username, time.GetUtcNow(), names);
        return refusal is not null ? AlertSubmission.Invalid([refusal]) : await submission.SubmitAsync(message!, ct);
    }

    private static async Task<IResult> SubmitCapAsync(HttpContext context, AlertSubmission submission, CancellationToken ct)
    {
        if (context.Request.ContentLength > MaxCapBytes)
        {
            return ApiProblems.Field("body", $"a CAP document must be at most {MaxCapBytes / 1024} KiB");
        }

        var read = await CapReader.ReadAsync(context.Request.Body, ct);
        return read.Succeeded ? await submission.SubmitAsync(read.Message!, ct) : AlertSubmission.Invalid(read.Problems);
    }

    private static async Task<IResult> GetAsync(string id, IGrainFactory grains, IAlertDeliveries deliveries, CancellationToken ct) =>
        await grains.GetGrain<IAlertGrain>(id).GetAsync() is { } alert
            ? TypedResults.Ok(AlertProgress.Of(alert, await deliveries.CurrentAsync(id, ct)))
            : ApiProblems.NotFound("alert", id);

    private static async Task<IResult> ExportCapAsync(string id, IGrainFactory grains, IAreaRegistry areas, CancellationToken ct)
    {
        if (await grains.GetGrain<IAlertGrain>(id).GetAsync() is not { } alert)
        {
            return ApiProblems.NotFound("alert", id);
        }

        return TypedResults.Bytes(CapWriter.WriteUtf8(alert.Message, await AreaNamesAsync(areas, ct)), "application/cap+xml; charset=utf-8");
    }

    private static async Task<IResult> CancelAsync(string id, CurrentOperator current, IGrainFactory grains, AlertSubmission submission, TimeProvider time, CancellationToken ct)
    {
        if (await grains.GetGrain<IAlertGrain>(id).GetAsync() is not { } alert)
        {
            return ApiProblems.NotFound("alert", id);
        }

        var now = time.GetUtcNow();
        var cancel = alert.Message with
        {
            Identifier = $"{id}-cancel-{now.ToUnixTimeSeconds()}",
            Sender = current.Require().Username,
            Sent = now,
            MessageType = AlertMessageType.Cancel,
            References = id,
            Expires = alert.Message.Expires > now ? alert.Message.Expires : now.AddMinutes(1),
        };
        return await submission.SubmitAsync(cancel, ct);
    }

    /// <summary>Official code → Vietnamese name, for the wording of templates and the areaDesc of CAP exports.</summary>
    private static async Task<Func<string, string?>> AreaNamesAsync(IAreaRegistry areas, CancellationToken ct)
    {
        var names = (await areas.ListAsync(ct)).ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);
        return code => names.GetValueOrDefault(code);
    }

    /// <summary>
    /// A <c>watching</c> event first, once the stream is live (every transition after it is in the
    /// stream), then a <c>delivery</c> event per transition.
    /// </summary>
    private static async IAsyncEnumerable<SseItem<object>> Watch(string id, IAlertDeliveries deliveries, [EnumeratorCancellation] CancellationToken ct)
    {
        var transitions = deliveries.WatchAsync(id, ct);
        yield return new SseItem<object>(new AlertWatching(id), "watching");
        await foreach (var delivery in transitions)
        {
            yield return new SseItem<object>(delivery, "delivery");
        }
    }

    private sealed record AlertWatching(string AlertId);
}
