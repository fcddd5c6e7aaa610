using System.Diagnostics.Metrics;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// Counts sign-ins (succeeded, failed), tokens issued and refusals (403). Published as
/// System.Diagnostics.Metrics instruments (meter <c>CommuneRadio.Auth</c>) and readable as totals.
/// Thread-safe singleton.
/// </summary>
public sealed class AuthMetrics : IDisposable
{
    public const string MeterName = "CommuneRadio.Auth";

    private readonly Meter _meter = new(MeterName);
    private long _loginsSucceeded;
    private long _loginsFailed;
    private long _tokensIssued;

    public AuthMetrics()
    {
        _meter.CreateObservableCounter("auth.logins.succeeded", () => Interlocked.Read(ref _loginsSucceeded), description: "Operators signed in");
        _meter.CreateObservableCounter("auth.logins.failed", () => Interlocked.Read(ref _loginsFailed), description: "Sign-ins refused (wrong name or password, disabled)");
        _meter.CreateObservableCounter("auth.tokens.issued", () => Interlocked.Read(ref _tokensIssued), description: "API tokens issued");
    }

    public long LoginsSucceeded => Interlocked.Read(ref _loginsSucceeded);

    public long LoginsFailed => Interlocked.Read(ref _loginsFailed);

    public long TokensIssued => Interlocked.Read(ref _tokensIssued);

    public void LoginSucceeded() => Interlocked.Increment(ref _loginsSucceeded);

    public void LoginFailed() => Interlocked.Increment(ref _loginsFailed);

    public void TokenIssued() => Interlocked.Increment(ref _tokensIssued);

    public void Dispose() => _meter.Dispose();
}
