using System.Text.Json;

namespace CommuneRadio.Grains.Operators;

/// <summary>
/// One line of the audit log: who (the operator's username, or the name tried at a failed login;
/// null when nobody was signed in), when, what action on which target, whether it was allowed or
/// refused and why, from which remote address, and any details as JSON.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset At, string? Operator, string Action, string? Target, AuditOutcome Outcome, string? Reason, string? RemoteAddress, JsonElement? Details = null)
{
    /// <summary>The id the log gave the entry; 0 before it is recorded.</summary>
    public long Id { get; init; }
}
