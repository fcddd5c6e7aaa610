using CommuneRadio.Grains.Operators;
using CommuneRadio.Silo.Api;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// Checks a username and password (login, or a token asked for with credentials): every failure
/// is logged without the password, counted and audited, and answered with the same 401 whatever
/// was wrong, in about the same time. Scoped per request.
/// </summary>
public sealed class OperatorSignIn(
    IOperatorStore operators, OperatorPasswords passwords, OperatorAudit audit, AuthMetrics metrics, ILogger<OperatorSignIn> logger)
{
    public async Task<(OperatorAccount? Account, IResult? Refusal)> VerifyAsync(string? username, string? password, string action, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(username))
        {
            return (null, ApiProblems.Field("username", "is required"));
        }

        if (string.IsNullOrEmpty(password))
        {
            return (null, ApiProblems.Field("password", "is required"));
        }

        username = username.Trim();
        var login = OperatorRules.UsernameProblem(username) is null ? await operators.FindLoginAsync(username, cancellationToken) : null;
        var check = passwords.Check(login?.PasswordHash, password);
        var problem = login is null ? "unknown username"
            : check == PasswordCheck.Wrong ? "wrong password"
            : login.Account.Disabled ? "the operator is disabled"
            : null;
        var remote = audit.Context.Connection.RemoteIpAddress?.ToString();
        if (problem is not null)
        {
            metrics.LoginFailed();
            AuthLog.LoginFailed(logger, username, remote, problem, metrics.LoginsFailed);
            await audit.RecordAsAsync(login?.Account.Username ?? username, action, login?.Account.Username ?? username, AuditOutcome.Refused, problem, cancellationToken: cancellationToken);
            return (null, AuthProblems.WrongCredentials());
        }

        if (check == PasswordCheck.RightButRehash)
        {
            await operators.SetPasswordHashAsync(login!.Account.Id, passwords.Hash(password), cancellationToken);
        }

        metrics.LoginSucceeded();
        AuthLog.LoginSucceeded(logger, login!.Account.Username, remote);
        return (login.Account, null);
    }
}
