namespace CommuneRadio.Grains.Alerts;

/// <summary>An operator's message to an alert grain: the CAP message (Alert, Update or Cancel), who sends it, whether it needs a second operator.</summary>
public sealed record AlertCommand(AlertMessage Message, string Operator, bool RequiresConfirmation = false);

/// <summary>How an alert grain answered: the alert afterwards, or why it refused (nothing was sent then).</summary>
public sealed record AlertCommandResult(AlertRecord? Alert, AlertRefusal? Refusal)
{
    public static AlertCommandResult Done(AlertRecord alert) => new(alert, null);

    public static AlertCommandResult Refused(AlertRefusalKind kind, string reason) => new(null, new AlertRefusal(kind, reason));
}

public sealed record AlertRefusal(AlertRefusalKind Kind, string Reason);

public enum AlertRefusalKind
{
    /// <summary>The alert (or the one an Update/Cancel references) does not exist.</summary>
    NotFound,

    /// <summary>The request contradicts the alert's state (already cancelled, expired, confirmed, same identifier with other content...).</summary>
    Conflict,

    /// <summary>The confirming operator is the one who issued it.</summary>
    SameOperator,
}
