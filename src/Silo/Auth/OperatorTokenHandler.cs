using System.Security.Claims;
using System.Text.Encodings.Web;
using CommuneRadio.Grains.Operators;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// Authenticates an operator by a token: the console session cookie (scheme
/// <see cref="OperatorSchemes.Cookie"/>) or <c>Authorization: Bearer</c> (scheme
/// <see cref="OperatorSchemes.Bearer"/>). The token and its operator are checked against the store
/// on every request, so a revoked token, a disabled operator or changed roles take effect at once.
/// Sets <see cref="CurrentOperator"/>. Challenges and refusals are problem details.
/// </summary>
public sealed class OperatorTokenHandler(
    IOptionsMonitor<OperatorTokenSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, OperatorTokens tokens, IOptions<AuthOptions> auth)
    : AuthenticationHandler<OperatorTokenSchemeOptions>(options, logger, encoder)
{
    /// <summary>Key in <see cref="HttpContext.Items"/> of why the presented token was refused.</summary>
    public const string FailureKey = "CommuneRadio.Auth.Failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? presented;
        if (Options.Kind == OperatorTokenKind.Session)
        {
            presented = Request.Cookies[auth.Value.CookieName];
        }
        else
        {
            var header = Request.Headers.Authorization.ToString();
            if (header.Length == 0)
            {
                return AuthenticateResult.NoResult();
            }

            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                Context.Items[FailureKey] = "the Authorization header is not 'Bearer <token>'";
            return AuthenticateResult.Fail((string)Context.Items[FailureKey]!);
            }

            presented = header["Bearer ".Length..].Trim();
        }

        if (string.IsNullOrEmpty(presented))
        {
            return AuthenticateResult.NoResult();
        }

        var (valid, problem) = await tokens.CheckAsync(presented, Options.Kind, Context.RequestAborted);
        if (valid is null)
        {
            // The authentication middleware keeps only successes; the 401 answer tells why this failed.
            Context.Items[FailureKey] = problem;
            return AuthenticateResult.Fail(problem!);
        }

        CurrentOperator.Of(Context).SignIn(valid.Operator, valid.Token);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, valid.Operator.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, valid.Operator.Username),
                new Claim("token", valid.Token.Id),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        AuthProblems.Unauthenticated(Context).ExecuteAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        AuthProblems.Forbidden(AccessDecision.Refuse("this operator may not do this", null, null)).ExecuteAsync(Context);
}
