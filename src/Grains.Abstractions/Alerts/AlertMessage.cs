namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// A disaster alert as the operator issues it: the subset of CAP 1.2 (OASIS Common Alerting
/// Protocol) that commune radio needs, one <c>info</c> block, plus what the loudspeakers play.
/// Immutable; <c>AlertRules</c> says whether one may be sent.
/// </summary>
[GenerateSerializer, Immutable, Alias("cr.AlertMessage")]
public sealed record AlertMessage
{
    /// <summary>CAP <c>identifier</c>: unique per sender; also the alert's id in the API.</summary>
    [Id(0)] public required string Identifier { get; init; }

    /// <summary>CAP <c>sender</c>: who issues it (e.g. <c>bchpctt@dongthap.gov.vn</c>).</summary>
    [Id(1)] public required string Sender { get; init; }

    /// <summary>CAP <c>sent</c>.</summary>
    [Id(2)] public required DateTimeOffset Sent { get; init; }

    [Id(3)] public AlertStatus Status { get; init; } = AlertStatus.Actual;

    [Id(4)] public AlertMessageType MessageType { get; init; } = AlertMessageType.Alert;

    /// <summary>CAP <c>references</c>: for Update and Cancel, the identifier of the alert it replaces or cancels.</summary>
    [Id(5)] public string? References { get; init; }

    /// <summary>CAP <c>info/event</c>, e.g. "Bão số 3".</summary>
    [Id(6)] public required string Event { get; init; }

    [Id(7)] public AlertUrgency Urgency { get; init; } = AlertUrgency.Immediate;

    [Id(8)] public AlertSeverity Severity { get; init; } = AlertSeverity.Severe;

    [Id(9)] public AlertCertainty Certainty { get; init; } = AlertCertainty.Likely;

    /// <summary>CAP <c>info/category</c>; <see cref="AlertCategory.Other"/> when the issuer does not say.</summary>
    [Id(10)] public AlertCategory Category { get; init; } = AlertCategory.Other;

    [Id(11)] public string? Headline { get; init; }

    [Id(12)] public string? Description { get; init; }

    [Id(13)] public string? Instruction { get; init; }

    /// <summary>Official area codes (province or commune); each means every station under it, including stations added while the alert is live.</summary>
    [Id(14)] public required IReadOnlyList<string> AreaCodes { get; init; }

    /// <summary>Recorded audio to play; when absent the devices speak <see cref="Text"/>.</summary>
    [Id(15)] public AlertAudio? Audio { get; init; }

    /// <summary>Text for the devices to speak (Vietnamese text-to-speech) when there is no audio.</summary>
    [Id(16)] public string? Text { get; init; }

    /// <summary>Volume for this alert only (0–100); absent means full volume (100).</summary>
    [Id(17)] public int? Volume { get; init; }

    /// <summary>How many times each loudspeaker plays it (1 or more).</summary>
    [Id(18)] public int Repeat { get; init; } = 1;

    /// <summary>Pause between repeats, in seconds.</summary>
    [Id(19)] public int RepeatIntervalS { get; init; }

    /// <summary>CAP <c>info/expires</c>: after this nothing more is sent and nothing starts playing.</summary>
    [Id(20)] public required DateTimeOffset Expires { get; init; }
}
