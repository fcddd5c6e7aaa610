using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// A disaster alert as the operator issues it: the subset of CAP 1.2 (OASIS Common Alerting
/// Protocol) that commune radio needs, one <c>info</c> block, plus what the loudspeakers play.
/// Immutable; <c>AlertRules</c> says whether one may be sent.
/// </summary>
public sealed record AlertMessage
{
    /// <summary>CAP <c>identifier</c>: unique per sender; also the alert's id in the API.</summary>
    public required string Identifier { get; init; }

    /// <summary>CAP <c>sender</c>: who issues it (e.g. <c>bchpctt@dongthap.gov.vn</c>).</summary>
    public required string Sender { get; init; }

    /// <summary>CAP <c>sent</c>.</summary>
    public required DateTimeOffset Sent { get; init; }

    public AlertStatus Status { get; init; } = AlertStatus.Actual;

    public AlertMessageType MessageType { get; init; } = AlertMessageType.Alert;

    /// <summary>CAP <c>references</c>: for Update and Cancel, the identifier of the alert it replaces or cancels.</summary>
    public string? References { get; init; }

    /// <summary>CAP <c>info/event</c>, e.g. "Bão số 3".</summary>
    public required string Event { get; init; }

    public AlertUrgency Urgency { get; init; } = AlertUrgency.Immediate;

    public AlertSeverity Severity { get; init; } = AlertSeverity.Severe;

    public AlertCertainty Certainty { get; init; } = AlertCertainty.Likely;

    /// <summary>CAP <c>info/category</c>; <see cref="AlertCategory.Other"/> when the issuer does not say.</summary>
    public AlertCategory Category { get; init; } = AlertCategory.Other;

    public string? Headline { get; init; }

    public string? Description { get; init; }

    public string? Instruction { get; init; }

    /// <summary>Official area codes (province or commune); each means every station under it, including stations added while the alert is live.</summary>
    public required IReadOnlyList<string> AreaCodes { get; init; }

    /// <summary>Recorded audio to play; when absent the devices speak <see cref="Text"/>.</summary>
    public MediaRef? Audio { get; init; }

    /// <summary>Text for the devices to speak (Vietnamese text-to-speech) when there is no audio.</summary>
    public string? Text { get; init; }

    /// <summary>Volume for this alert only (0–100); absent means full volume (100).</summary>
    public int? Volume { get; init; }

    /// <summary>How many times each loudspeaker plays it (1 or more).</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Pause between repeats, in seconds.</summary>
    public int RepeatIntervalS { get; init; }

    /// <summary>CAP <c>info/expires</c>: after this nothing more is sent and nothing starts playing.</summary>
    public required DateTimeOffset Expires { get; init; }
}
