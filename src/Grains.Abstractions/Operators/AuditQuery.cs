namespace CommuneRadio.Grains.Operators;

/// <summary>A filter over the audit log (each criterion optional; operator case-insensitive), newest first, one page.</summary>
public sealed record AuditQuery(string? Operator, string? Action, DateTimeOffset? From, DateTimeOffset? To, int Page = 1, int PageSize = 50);
