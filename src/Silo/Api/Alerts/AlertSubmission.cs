using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Operators;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Silo.Auth;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Silo.Api.Alerts;

/// <summary>
/// The one path every alert action takes, whether the message came as JSON or as CAP XML: the
/// rules, the area codes against the registry, the operator's alert permission over every area
/// (for an Update or Cancel, also over the areas of the alert it revises), then the alert grain — a
/// new Alert to its own grain, an Update or Cancel to the grain it references. Nothing is sent unless
/// all of that passes; every outcome, allowed or refused, is in the audit log. Scoped per request.
/// </summary>
public sealed class AlertSubmission(
    IGrainFactory grains,
    IAreaRegistry areas,
    IAlertDeliveries deliveries,
    IOptions<AlertOptions> options,
    TimeProvider time,
    CurrentOperator current,
    OperatorAccess access,
    OperatorAudit audit)
{
    public async Task<IResult> SubmitAsync(AlertMessage message, CancellationToken cancellationToken)
    {
        var action = $"alert.{message.MessageType.ToString().ToLowerInvariant()}";
        var target = message.MessageType == AlertMessageType.Alert ? message.Identifier : message.References ?? message.Identifier;
        var problems = AlertRules.Validate(message, time.GetUtcNow()).ToList();
        var provinceWide = false;
        for (var i = 0; i < message.AreaCodes.Count; i++)
        {
            var area = await areas.GetAsync(message.AreaCodes[i], cancellationToken);
            if (area is null)
            {
                problems.Add(new AlertProblem($"areaCodes[{i}]", $"no area has the code '{message.AreaCodes[i]}'"));
            }
            else
            {
                provinceWide |= area.ParentCode is null;
            }
        }

        if (problems.Count > 0)
        {
            await audit.RecordAsync(action, target, AuditOutcome.Refused, string.Join("; ", problems), Summary(message), cancellationToken);
            return Invalid(problems);
        }

        var grain = grains.GetGrain<IAlertGrain>(target);
        var covered = message.MessageType == AlertMessageType.Alert || await grain.GetAsync() is not { } revised
            ? message.AreaCodes
            : [.. message.AreaCodes.Union(revised.Message.AreaCodes, StringComparer.Ordinal)];
        var decision = await access.CanAlertAsync(covered, cancellationToken);
        if (!decision.Allowed)
        {
            return await access.RefuseAsync(decision, action, target, cancellationToken);
        }

        var operatorName = current.Require().Username;
        var result = message.MessageType == AlertMessageType.Alert
            ? await grain.IssueAsync(new AlertCommand(
                message, operatorName, RequiresConfirmation: options.Value.ConfirmProvinceWideActual && provinceWide && message.Status == AlertStatus.Actual))
            : await grain.ReviseAsync(new AlertCommand(message, operatorName));
        await audit.RecordAsync(action, target, result.Refusal is null ? AuditOutcome.Allowed : AuditOutcome.Refused, result.Refusal?.Reason, Summary(message), cancellationToken);
        return await AnswerAsync(result, created: message.MessageType == AlertMessageType.Alert, cancellationToken);
    }

    /// <summary>A second operator, with the alert permission over its areas, confirms an alert that awaits it.</summary>
    public async Task<IResult> ConfirmAsync(string id, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IAlertGrain>(id);
        if (await grain.GetAsync() is not { } alert)
        {
            return ApiProblems.NotFound("alert", id);
        }

        var decision = await access.CanAlertAsync(alert.Message.AreaCodes, cancellationToken);
        if (!decision.Allowed)
        {
            return await access.RefuseAsync(decision, "alert.confirm", id, cancellationToken);
        }

        var result = await grain.ConfirmAsync(current.Require().Username);
        await audit.RecordAsync("alert.confirm", id, result.Refusal is null ? AuditOutcome.Allowed : AuditOutcome.Refused, result.Refusal?.Reason, null, cancellationToken);
        return await AnswerAsync(result, created: false, cancellationToken);
    }

    /// <summary>The alert's progress as the answer (201 with its location for a new alert), or the grain's refusal as a problem.</summary>
    public async Task<IResult> AnswerAsync(AlertCommandResult result, bool created, CancellationToken cancellationToken)
    {
        if (result.Refusal is { } refusal)
        {
            return Refused(refusal);
        }

        var progress = AlertProgress.Of(result.Alert!, await deliveries.CurrentAsync(result.Alert!.Id, cancellationToken));
        return created ? TypedResults.Created($"/api/alerts/{Uri.EscapeDataString(result.Alert.Id)}", progress) : TypedResults.Ok(progress);
    }

    public static IResult Invalid(IReadOnlyList<AlertProblem> problems) =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Problem).ToArray()),
            title: $"The alert was not sent: {problems.Count} problem(s)",
            detail: string.Join("; ", problems.Select(p => p.ToString())));

    private static object Summary(AlertMessage message) => new
    {
        message.Identifier, message.Status, message.MessageType, message.References, message.Event, message.Headline, message.AreaCodes, message.Expires,
    };

    private static IResult Refused(AlertRefusal refusal) => refusal.Kind switch
    {
        AlertRefusalKind.NotFound => TypedResults.Problem(refusal.Reason, statusCode: StatusCodes.Status404NotFound, title: "No such alert"),
        AlertRefusalKind.SameOperator => TypedResults.Problem(refusal.Reason, statusCode: StatusCodes.Status403Forbidden, title: "A second operator must confirm"),
        _ => TypedResults.Problem(refusal.Reason, statusCode: StatusCodes.Status409Conflict, title: "The alert is not in a state that allows this"),
    };
}
