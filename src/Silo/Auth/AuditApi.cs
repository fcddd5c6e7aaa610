using System.Globalization;
using CommuneRadio.Grains.Operators;
using CommuneRadio.Silo.Api;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// <c>GET /api/audit</c> (ProvinceAdmin): the audit log newest first, filtered by
/// <c>operator</c>, <c>action</c>, <c>from</c>/<c>to</c> (ISO 8601 with offset), paged by
/// <c>page</c> and <c>pageSize</c> (at most <see cref="PostgresAuditLog.MaxPageSize"/>).
/// </summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit", QueryAsync).WithTags("Audit").RequireAuthorization(OperatorPolicies.ProvinceAdmin);
        return endpoints;
    }

    private static async Task<IResult> QueryAsync(
        string? @operator, string? action, string? from, string? to, string? page, string? pageSize, IAuditLog log, CancellationToken cancellationToken)
    {
        if (!TryInstant(from, out var start))
        {
            return ApiProblems.Field("from", "must be an ISO 8601 date-time with offset, e.g. 2026-11-22T00:00:00+07:00");
        }

        if (!TryInstant(to, out var end) || (start is not null && end is not null && end <= start))
        {
            return ApiProblems.Field("to", "must be an ISO 8601 date-time with offset, after 'from'");
        }

        if (!TryWhole(page, 1, int.MaxValue / PostgresAuditLog.MaxPageSize, out var pageNumber))
        {
            return ApiProblems.Field("page", "must be a whole number from 1");
        }

        if (!TryWhole(pageSize, 50, PostgresAuditLog.MaxPageSize, out var size))
        {
            return ApiProblems.Field("pageSize", $"must be a whole number from 1 to {PostgresAuditLog.MaxPageSize}");
        }

        var query = new AuditQuery(NullIfEmpty(@operator), NullIfEmpty(action), start, end, pageNumber, size);
        return TypedResults.Ok(await log.QueryAsync(query, cancellationToken));
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool TryInstant(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static bool TryWhole(string? text, int fallback, int max, out int value)
    {
        if (text is null)
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 1 && value <= max;
    }
}
