namespace CommuneRadio.Grains.Alerts;

/// <summary>CAP <c>status</c> (the subset commune radio accepts).</summary>
public enum AlertStatus
{
    Actual,
    Exercise,
    Test,
}

/// <summary>CAP <c>msgType</c>: a new alert, a replacement of the content on air, or a cancellation.</summary>
public enum AlertMessageType
{
    Alert,
    Update,
    Cancel,
}

/// <summary>CAP <c>info/urgency</c>.</summary>
public enum AlertUrgency
{
    Immediate,
    Expected,
    Future,
    Past,
    Unknown,
}

/// <summary>CAP <c>info/severity</c>.</summary>
public enum AlertSeverity
{
    Extreme,
    Severe,
    Moderate,
    Minor,
    Unknown,
}

/// <summary>CAP <c>info/certainty</c>.</summary>
public enum AlertCertainty
{
    Observed,
    Likely,
    Possible,
    Unlikely,
    Unknown,
}
