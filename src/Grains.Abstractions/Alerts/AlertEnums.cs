namespace CommuneRadio.Grains.Alerts;

/// <summary>CAP <c>status</c> (the subset commune radio accepts).</summary>
[GenerateSerializer, Alias("cr.AlertStatus")]
public enum AlertStatus
{
    Actual,
    Exercise,
    Test,
}

/// <summary>CAP <c>msgType</c>: a new alert, a replacement of the content on air, or a cancellation.</summary>
[GenerateSerializer, Alias("cr.AlertMessageType")]
public enum AlertMessageType
{
    Alert,
    Update,
    Cancel,
}

/// <summary>CAP <c>info/urgency</c>.</summary>
[GenerateSerializer, Alias("cr.AlertUrgency")]
public enum AlertUrgency
{
    Immediate,
    Expected,
    Future,
    Past,
    Unknown,
}

/// <summary>CAP <c>info/severity</c>.</summary>
[GenerateSerializer, Alias("cr.AlertSeverity")]
public enum AlertSeverity
{
    Extreme,
    Severe,
    Moderate,
    Minor,
    Unknown,
}

/// <summary>CAP <c>info/certainty</c>.</summary>
[GenerateSerializer, Alias("cr.AlertCertainty")]
public enum AlertCertainty
{
    Observed,
    Likely,
    Possible,
    Unlikely,
    Unknown,
}
