using CommuneRadio.Grains.Alerts.Cap;

namespace CommuneRadio.Grains.Alerts.Templates;

/// <summary>
/// A ready-made alert (storm, flood, ...): the CAP classification, the Vietnamese texts, how many
/// times the loudspeakers repeat it and for how long it stays valid. <see cref="Fill"/> adds who,
/// when and where. Immutable and thread-safe; the set is <see cref="AlertTemplates.All"/>.
/// </summary>
public sealed record AlertTemplate
{
    /// <summary>Written in a template text, replaced by the spoken area names when filled.</summary>
    public const string AreasPlaceholder = "{areas}";

    /// <summary>Stable key for the API and the CLI: <c>storm</c>, <c>flood</c>, ...</summary>
    public required string Name { get; init; }

    /// <summary>What operators call it: "bão", "lũ", ...</summary>
    public required string VietnameseName { get; init; }

    public required AlertCategory Category { get; init; }

    public required string Event { get; init; }

    public required AlertUrgency Urgency { get; init; }

    public required AlertSeverity Severity { get; init; }

    public required AlertCertainty Certainty { get; init; }

    public required string Headline { get; init; }

    public required string Description { get; init; }

    public required string Instruction { get; init; }

    /// <summary>What the loudspeakers speak.</summary>
    public required string Text { get; init; }

    /// <summary>Plays per loudspeaker for one send; a bulletin every few hours is a new Update, not a repeat.</summary>
    public required int Repeat { get; init; }

    public required int RepeatIntervalS { get; init; }

    /// <summary>Default time from sending to <c>expires</c>.</summary>
    public required TimeSpan Validity { get; init; }

    /// <summary>The alert this template makes for <paramref name="input"/>, texts normalized; still to be checked with <see cref="AlertRules"/>.</summary>
    public AlertMessage Fill(AlertTemplateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var areas = AreaPhrase.Of(input.AreaCodes, input.AreaName);
        var sent = CapTime.Truncate(input.Now);
        string Spoken(string? text, string fallback) => (text ?? fallback).Replace(AreasPlaceholder, areas, StringComparison.Ordinal);

        var message = new AlertMessage
        {
            Identifier = input.Identifier,
            Sender = input.Sender,
            Sent = sent,
            Status = input.Status,
            MessageType = input.MessageType,
            References = input.References,
            Category = Category,
            Event = Spoken(input.Event, Event),
            Urgency = input.Urgency ?? Urgency,
            Severity = input.Severity ?? Severity,
            Certainty = input.Certainty ?? Certainty,
            Headline = Spoken(input.Headline, Headline),
            Description = Spoken(input.Description, Description),
            Instruction = Spoken(input.Instruction, Instruction),
            Text = Spoken(input.Text, Text),
            AreaCodes = input.AreaCodes,
            Audio = input.Audio,
            Volume = input.Volume,
            Repeat = input.Repeat ?? Repeat,
            RepeatIntervalS = input.RepeatIntervalS ?? RepeatIntervalS,
            Expires = input.Expires ?? sent + (input.Validity ?? Validity),
        };
        return AlertText.Normalize(message);
    }
}
