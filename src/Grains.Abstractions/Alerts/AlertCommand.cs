namespace CommuneRadio.Grains.Alerts;

/// <summary>An operator's message to an alert grain: the CAP message (Alert, Update or Cancel), who sends it, whether it needs a second operator.</summary>
[GenerateSerializer, Immutable, Alias("cr.AlertCommand")]
public sealed record AlertCommand([property: Id(0)] AlertMessage Message, [property: Id(1)] string Operator, [property: Id(2)] bool RequiresConfirmation = false);

/// <summary>How an alert grain answered: the alert afterwards, or why it refused (nothing was sent then).</summary>
[GenerateSerializer, Immutable, Alias("cr.AlertCommandResult")]
public sealed record AlertCommandResult([property: Id(0)] AlertRecord? Alert, [property: Id(1)] AlertRefusal? Refusal)
{
    public static AlertCommandResult Done(AlertRecord alert) => new(alert, null);

    public static AlertCommandResult Refused(AlertRefusalKind kind, string reason) => new(null, new AlertRefusal(kind, reason));
}

[GenerateSerializer, Immutable, Alias("cr.AlertRefusal")]
public sealed record AlertRefusal([property: Id(0)] AlertRefusalKind Kind, [property: Id(1)] string Reason);

[GenerateSerializer, Alias("cr.AlertRefusalKind")]
public enum AlertRefusalKind
{
    /// <summary>The alert (or the one an Update/Cancel references) does not exist.</summary>
    NotFound,

    /// <summary>The request contradicts the alert's state (already cancelled, expired, confirmed, same identifier with other content...).</summary>
    Conflict,

    /// <summary>The confirming operator is the one who issued it.</summary>
    SameOperator,
}
