namespace CommuneRadio.Grains.Operators;

/// <summary>
/// The audit log in PostgreSQL: who did or tried what, when, from where. Append-only. Thread-safe
/// singleton. In the Silo, request handlers record through its <c>OperatorAudit</c>, which fills
/// in the operator and remote address of the request.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends the entry; returns the id it got.</summary>
    Task<long> RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    Task<AuditPage> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
