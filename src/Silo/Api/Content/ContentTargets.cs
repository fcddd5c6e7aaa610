using CommuneRadio.Content.Library;
using CommuneRadio.Grains.Operators;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Silo.Auth;

namespace CommuneRadio.Silo.Api.Content;

/// <summary>
/// The areas a new item is for: at least one, each a known, current area code, and every one in a
/// scope where the operator may change things (CommuneOperator or above). Scoped per request;
/// refusals are audited.
/// </summary>
public sealed class ContentTargets(IAreaRegistry areas, OperatorAccess access, ContentAuditTrail trail)
{
    public const int MaxAreas = 100;

    public async Task<(IReadOnlyList<string> Codes, IResult? Problem)> ReadAsync(IReadOnlyList<string?>? requested, string action, CancellationToken cancellationToken)
    {
        if (requested is null || requested.Count == 0)
        {
            return ([], await trail.RefusedAsync(action, null, "areaCodes", "needs at least one area code", cancellationToken: cancellationToken));
        }

        if (requested.Count > MaxAreas)
        {
            return ([], await trail.RefusedAsync(action, null, "areaCodes", $"may name at most {MaxAreas} areas", cancellationToken: cancellationToken));
        }

        var codes = new List<string>();
        for (var i = 0; i < requested.Count; i++)
        {
            var code = requested[i]?.Trim();
            var problem = string.IsNullOrEmpty(code) ? "is empty"
                : await areas.GetAsync(code, cancellationToken) switch
                {
                    null => $"'{code}' is not a known area code",
                    { RetiredAt: not null } retired => $"'{code}' was merged into '{retired.MergedInto}'",
                    _ => null,
                };
            if (problem is not null)
            {
                return ([], await trail.RefusedAsync(action, null, $"areaCodes[{i}]", problem, cancellationToken: cancellationToken));
            }

            if (!codes.Contains(code!, StringComparer.Ordinal))
            {
                codes.Add(code!);
            }
        }

        foreach (var code in codes)
        {
            if (await access.CanWriteAsync(code, cancellationToken) is { Allowed: false } refused)
            {
                return ([], await access.RefuseAsync(refused, action, string.Join(",", codes), cancellationToken));
            }
        }

        return (codes, null);
    }

    /// <summary>Whether the operator may see an item: Viewer or above in a scope covering at least one of its areas.</summary>
    public async Task<AccessDecision> CanReadAsync(ContentItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        AccessDecision? first = null;
        foreach (var code in item.AreaCodes)
        {
            var decision = await access.CanReadAsync(code, cancellationToken);
            if (decision.Allowed)
            {
                return decision;
            }

            first ??= decision;
        }

        return first ?? AccessDecision.Refuse($"'{item.Id}' is meant for no area", OperatorRole.Viewer, null);
    }
}
