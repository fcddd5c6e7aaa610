namespace CommuneRadio.Grains.Operators;

/// <summary>One page of audit entries, newest first; <see cref="Total"/> counts every match.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Items, int Page, int PageSize, long Total);
