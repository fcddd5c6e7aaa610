using CommuneRadio.Grains.Alerts;

namespace CommuneRadio.Silo.Api.Alerts;

/// <summary>
/// <c>POST /api/alerts</c>: an alert in JSON. With <see cref="Template"/> (storm, flood, landslide,
/// evacuation, all-clear) the template fills what is not given; without one every field the alert
/// needs must be there. Identifier, sender and sent default to a fresh id, the operator and now.
/// </summary>
public sealed record AlertRequest
{
    public string? Template { get; init; }

    public string? Identifier { get; init; }

    public string? Sender { get; init; }

    public DateTimeOffset? Sent { get; init; }

    public AlertStatus? Status { get; init; }

    public AlertMessageType? MsgType { get; init; }

    public string? References { get; init; }

    public string? Event { get; init; }

    public AlertUrgency? Urgency { get; init; }

    public AlertSeverity? Severity { get; init; }

    public AlertCertainty? Certainty { get; init; }

    public string? Headline { get; init; }

    public string? Description { get; init; }

    public string? Instruction { get; init; }

    public IReadOnlyList<string>? AreaCodes { get; init; }

    public AlertAudio? Audio { get; init; }

    public string? Text { get; init; }

    public int? Volume { get; init; }

    public int? Repeat { get; init; }

    public int? RepeatIntervalS { get; init; }

    public DateTimeOffset? Expires { get; init; }

    /// <summary>With a template and no <see cref="Expires"/>: how long the alert stays valid, in minutes.</summary>
    public int? ValidForMinutes { get; init; }
}
