using CommuneRadio.Grains.Alerts;
using CommuneRadio.Grains.Alerts.Templates;

namespace CommuneRadio.Silo.Api.Alerts;

/// <summary>Turns an <see cref="AlertRequest"/> into the <see cref="AlertMessage"/> it means, or the problem that stops it (an unknown template).</summary>
public static class AlertRequestReader
{
    public static (AlertMessage? Message, AlertProblem? Problem) Read(AlertRequest request, string operatorName, DateTimeOffset now, Func<string, string?> areaName)
    {
        ArgumentNullException.ThrowIfNull(request);
        var identifier = string.IsNullOrWhiteSpace(request.Identifier) ? NewIdentifier(now) : request.Identifier;
        var sender = string.IsNullOrWhiteSpace(request.Sender) ? operatorName : request.Sender;
        var areaCodes = request.AreaCodes ?? [];
        if (request.Template is { } name)
        {
            if (AlertTemplates.Find(name) is not { } template)
            {
                return (null, new AlertProblem("template", $"unknown template '{name}'; one of {string.Join(", ", AlertTemplates.All.Select(t => t.Name))}"));
            }

            return (template.Fill(new AlertTemplateInput
            {
                Identifier = identifier,
                Sender = sender,
                Now = request.Sent ?? now,
                AreaCodes = areaCodes,
                AreaName = areaName,
                Status = request.Status ?? AlertStatus.Actual,
                MessageType = request.MsgType ?? AlertMessageType.Alert,
                References = request.References,
                Event = request.Event,
                Urgency = request.Urgency,
                Severity = request.Severity,
                Certainty = request.Certainty,
                Headline = request.Headline,
                Description = request.Description,
                Instruction = request.Instruction,
                Text = request.Text,
                Audio = request.Audio,
                Volume = request.Volume,
                Repeat = request.Repeat,
                RepeatIntervalS = request.RepeatIntervalS,
                Validity = request.ValidForMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : null,
                Expires = request.Expires,
            }), null);
        }

        return (AlertText.Normalize(new AlertMessage
        {
            Identifier = identifier,
            Sender = sender,
            Sent = request.Sent ?? now,
            Status = request.Status ?? AlertStatus.Actual,
            MessageType = request.MsgType ?? AlertMessageType.Alert,
            References = request.References,
            Event = request.Event ?? "",
            Urgency = request.Urgency ?? AlertUrgency.Immediate,
            Severity = request.Severity ?? AlertSeverity.Severe,
            Certainty = request.Certainty ?? AlertCertainty.Likely,
            Headline = request.Headline,
            Description = request.Description,
            Instruction = request.Instruction,
            AreaCodes = areaCodes,
            Audio = request.Audio,
            Text = request.Text,
            Volume = request.Volume,
            Repeat = request.Repeat ?? 1,
            RepeatIntervalS = request.RepeatIntervalS ?? 0,
            Expires = request.Expires ?? (request.ValidForMinutes is { } valid ? now.AddMinutes(valid) : default),
        }), null);
    }

    /// <summary>A readable, unique id: the province-time stamp and a random suffix (CAP forbids spaces and commas).</summary>
    private static string NewIdentifier(DateTimeOffset now) =>
        $"CR-{now.ToOffset(TimeSpan.FromHours(7)):yyyyMMdd-HHmmss}-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray())[..6]}";
}
