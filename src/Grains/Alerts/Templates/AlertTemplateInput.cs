
namespace CommuneRadio.Grains.Alerts.Templates;

/// <summary>
/// What the operator adds to an <see cref="AlertTemplate"/>: who sends, when, to which areas, and
/// any field to override (null keeps the template's). Texts may contain
/// <see cref="AlertTemplate.AreasPlaceholder"/>, replaced by the area names.
/// </summary>
public sealed record AlertTemplateInput
{
    public required string Identifier { get; init; }

    public required string Sender { get; init; }

    /// <summary>The time of sending; becomes <c>sent</c> (to the whole second, as CAP carries it).</summary>
    public required DateTimeOffset Now { get; init; }

    public required IReadOnlyList<string> AreaCodes { get; init; }

    /// <summary>An area's name by code (e.g. "Xã Mỹ Hiệp"), for the spoken text; without it the text says "các xã, phường trong vùng cảnh báo".</summary>
    public Func<string, string?>? AreaName { get; init; }

    public AlertStatus Status { get; init; } = AlertStatus.Actual;

    /// <summary>An all-clear may be sent as an Update of the alert it ends (with <see cref="References"/>).</summary>
    public AlertMessageType MessageType { get; init; } = AlertMessageType.Alert;

    public string? References { get; init; }

    public string? Event { get; init; }

    public AlertUrgency? Urgency { get; init; }

    public AlertSeverity? Severity { get; init; }

    public AlertCertainty? Certainty { get; init; }

    public string? Headline { get; init; }

    public string? Description { get; init; }

    public string? Instruction { get; init; }

    public string? Text { get; init; }

    public AlertAudio? Audio { get; init; }

    public int? Volume { get; init; }

    public int? Repeat { get; init; }

    public int? RepeatIntervalS { get; init; }

    /// <summary>How long the alert stays valid from <see cref="Now"/>; ignored when <see cref="Expires"/> is given.</summary>
    public TimeSpan? Validity { get; init; }

    public DateTimeOffset? Expires { get; init; }
}
