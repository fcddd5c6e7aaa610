using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Runtime;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Silo.Api.Alerts;

/// <summary>
/// The one path every alert message takes, whether it came as JSON or as CAP XML: the rules, the
/// area codes against the registry, then the alert grain — a new Alert to its own grain, an Update
/// or Cancel to the grain of the alert it references. Nothing is sent unless all of that passes.
/// </summary>
public sealed class AlertSubmission(IGrainFactory grains, IAreaRegistry areas, IAlertDeliveries deliveries, IOptions<AlertOptions> options, TimeProvider time)
{
    public async Task<IResult> SubmitAsync(AlertMessage message, string operatorName, CancellationToken cancellationToken)
    {
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
            return Invalid(problems);
        }

        var result = message.MessageType == AlertMessageType.Alert
            ? await grains.GetGrain<IAlertGrain>(message.Identifier).IssueAsync(new AlertCommand(
                message, operatorName, RequiresConfirmation: options.Value.ConfirmProvinceWideActual && provinceWide && message.Status == AlertStatus.Actual))
            : await grains.GetGrain<IAlertGrain>(message.References!).ReviseAsync(new AlertCommand(message, operatorName));
        return await AnswerAsync(result, created: message.MessageType == AlertMessageType.Alert, cancellationToken);
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

    private static IResult Refused(AlertRefusal refusal) => refusal.Kind switch
    {
        AlertRefusalKind.NotFound => TypedResults.Problem(refusal.Reason, statusCode: StatusCodes.Status404NotFound, title: "No such alert"),
        AlertRefusalKind.SameOperator => TypedResults.Problem(refusal.Reason, statusCode: StatusCodes.Status403Forbidden, title: "A second operator must confirm"),
        _ => TypedResults.Problem(refusal.Reason, statusCode: StatusCodes.Status409Conflict, title: "The alert is not in a state that allows this"),
    };
}
