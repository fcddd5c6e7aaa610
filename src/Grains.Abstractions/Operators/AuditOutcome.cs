namespace CommuneRadio.Grains.Operators;

/// <summary>Whether an audited action was done or refused.</summary>
public enum AuditOutcome
{
    Allowed = 0,
    Refused = 1,
}
