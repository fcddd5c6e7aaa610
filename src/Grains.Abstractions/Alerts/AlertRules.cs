using System.Globalization;

namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// Whether an alert may be sent: every rule checked at once, so an operator fixes a form in one
/// pass. Problems name the field as a camelCase JSON path of <see cref="AlertMessage"/>
/// (<c>identifier</c>, <c>areaCodes[2]</c>, <c>audio.sha256</c>) and say what is wrong in plain
/// words, quoting the offending value. Pure (no I/O, no clock: the caller passes <c>now</c>) and
/// thread-safe. Text is expected normalized already (<see cref="AlertText.Normalize(AlertMessage)"/>).
/// </summary>
public static partial class AlertRules
{
    /// <summary>Longest <c>identifier</c>, <c>sender</c> and <c>references</c>.</summary>
    public const int MaxIdentifierLength = 128;

    /// <summary>Longest text for the loudspeakers to speak.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Longest <c>event</c> and <c>headline</c> (CAP asks headlines to be short).</summary>
    public const int MaxShortTextLength = 200;

    /// <summary>Longest <c>description</c> and <c>instruction</c>.</summary>
    public const int MaxLongTextLength = 5000;

    /// <summary>Most area codes in one alert: a province-wide alert names the province, not each commune.</summary>
    public const int MaxAreaCodes = 500;

    public const int MaxRepeat = 20;

    /// <summary>Longest pause between repeats: one day.</summary>
    public const int MaxRepeatIntervalS = 86_400;

    /// <summary>How far ahead <c>expires</c> may lie: bulletins are replaced long before.</summary>
    public static readonly TimeSpan MaxValidity = TimeSpan.FromDays(7);

    /// <summary>Every reason <paramref name="message"/> cannot be sent at <paramref name="now"/>; empty when it can.</summary>
    public static IReadOnlyList<AlertProblem> Validate(AlertMessage message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        var problems = new List<AlertProblem>();
        CheckHeader(message, problems);
        CheckInfo(message, problems);
        CheckAreas(message.AreaCodes, problems);
        if (message.MessageType != AlertMessageType.Cancel)
        {
            // A Cancel stops what plays; whatever content it carries is ignored.
            CheckContent(message, problems);
        }

        CheckPlayback(message, problems);
        CheckTimes(message, now, problems);
        return problems;
    }

    private static void CheckHeader(AlertMessage message, List<AlertProblem> problems)
    {
        CapToken("identifier", message.Identifier, problems);
        CapToken("sender", message.Sender, problems);
        Defined("status", message.Status, problems);
        Defined("messageType", message.MessageType, problems);

        var references = message.References;
        switch (message.MessageType)
        {
            case AlertMessageType.Alert when !string.IsNullOrEmpty(references):
                problems.Add(new("references", $"a new alert must not reference another ('{Quote(references)}'); send an Update to replace an alert or a Cancel to stop it"));
                break;
            case AlertMessageType.Update or AlertMessageType.Cancel when string.IsNullOrWhiteSpace(references):
                var what = message.MessageType == AlertMessageType.Update ? "an Update must name the identifier of the alert it replaces" : "a Cancel must name the identifier of the alert it cancels";
                problems.Add(new("references", what));
                break;
            case AlertMessageType.Update or AlertMessageType.Cancel when references == message.Identifier:
                problems.Add(new("references", $"'{Quote(references)}' is this alert's own identifier; name the earlier alert"));
                break;
            case AlertMessageType.Update or AlertMessageType.Cancel:
                CapToken("references", references, problems);
                break;
        }
    }

    private static void CheckInfo(AlertMessage message, List<AlertProblem> problems)
    {
        Text("event", message.Event, MaxShortTextLength, required: true, problems);
        Text("headline", message.Headline, MaxShortTextLength, required: false, problems);
        Text("description", message.Description, MaxLongTextLength, required: false, problems);
        Text("instruction", message.Instruction, MaxLongTextLength, required: false, problems);
        Defined("urgency", message.Urgency, problems);
        Defined("severity", message.Severity, problems);
        Defined("certainty", message.Certainty, problems);
        Defined("category", message.Category, problems);
    }

    private static void CheckPlayback(AlertMessage message, List<AlertProblem> problems)
    {
        if (message.Volume is < 0 or > 100)
        {
            problems.Add(new("volume", $"{message.Volume} is outside 0–100; leave it out for full volume"));
        }

        if (message.Repeat is < 1 or > MaxRepeat)
        {
            problems.Add(new("repeat", $"{message.Repeat} is outside 1–{MaxRepeat}: how many times each loudspeaker plays the alert"));
        }

        if (message.RepeatIntervalS is < 0 or > MaxRepeatIntervalS)
        {
            problems.Add(new("repeatIntervalS", $"{message.RepeatIntervalS} is outside 0–{MaxRepeatIntervalS:N0} seconds (one day)"));
        }
    }

    private static void CheckTimes(AlertMessage message, DateTimeOffset now, List<AlertProblem> problems)
    {
        var expires = message.Expires;
        if (expires <= now)
        {
            problems.Add(new("expires", $"{Time(expires)} is already past (now {Time(now.ToOffset(expires.Offset))}); nothing would be sent"));
        }

        if (expires <= message.Sent)
        {
            problems.Add(new("expires", $"{Time(expires)} must be after sent ({Time(message.Sent)})"));
        }

        if (expires > now + MaxValidity)
        {
            problems.Add(new("expires", $"{Time(expires)} is more than {MaxValidity.TotalDays:0} days ahead; send a new bulletin instead of one that lasts a week"));
        }
    }

    /// <summary>CAP's time form (whole seconds, explicit offset), which operators also see in the console.</summary>
    internal static string Time(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A value for a message: whole when short, cut with an ellipsis when long.</summary>
    internal static string Quote(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 57), "…");
}
