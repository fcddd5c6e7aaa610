using System.Text.Json;
using CommuneRadio.Grains.Operators;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// Records to the <see cref="IAuditLog"/> on behalf of the current request: the signed-in operator
/// (or a username given explicitly, e.g. at a failed login), the time, and the remote address.
/// Scoped per request. A failure to write the log fails the request: an action that cannot be
/// audited is not done quietly.
/// </summary>
public sealed class OperatorAudit(IAuditLog log, CurrentOperator current, IHttpContextAccessor http, TimeProvider time)
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("OperatorAudit is used outside a request.");

    /// <summary>Records an action of the signed-in operator; <paramref name="details"/> (any object, or a JsonElement) is stored as JSON.</summary>
    public Task<long> RecordAsync(
        string action, string? target, AuditOutcome outcome, string? reason = null, object? details = null, CancellationToken cancellationToken = default) =>
        RecordAsAsync(current.Username, action, target, outcome, reason, details, cancellationToken);

    /// <summary>Records an action in the name of <paramref name="operatorName"/> (who tried to sign in, say).</summary>
    public Task<long> RecordAsAsync(
        string? operatorName, string action, string? target, AuditOutcome outcome, string? reason = null, object? details = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(action);
        JsonElement? json = details switch
        {
            null => null,
            JsonElement element => element,
            _ => JsonSerializer.SerializeToElement(details, DetailsJson),
        };
        var remote = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        return log.RecordAsync(new AuditEntry(time.GetUtcNow(), operatorName, action, target, outcome, reason, remote, json), cancellationToken);
    }
}
