using CommuneRadio.Grains.Operators;
using CommuneRadio.Silo.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// <c>/api/auth</c>: sign in (a session in an HttpOnly, SameSite=Strict cookie) and out, who am I,
/// and API tokens for the CLI — issued once (with a session, a token, or a username and password),
/// listed without their secrets, revoked.
/// </summary>
public static class AuthApi
{
    private static readonly AuthorizationPolicy SignedIn =
        new AuthorizationPolicyBuilder(OperatorSchemes.Operator).RequireAuthenticatedUser().Build();

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/auth").WithTags("Auth");
        group.MapPost("/login", LoginAsync).AllowAnonymous();
        group.MapPost("/logout", LogoutAsync).AllowAnonymous();
        group.MapGet("/me", (CurrentOperator current) => TypedResults.Ok(current.Require())).RequireAuthorization(SignedIn);
        group.MapPost("/tokens", IssueAsync).AllowAnonymous();
        group.MapGet("/tokens", ListAsync).RequireAuthorization(SignedIn);
        group.MapDelete("/tokens/{tokenId}", RevokeAsync).RequireAuthorization(SignedIn);
        return endpoints;
    }

    private static async Task<IResult> LoginAsync(
        HttpContext context, OperatorSignIn signIn, OperatorTokens tokens, OperatorAudit audit, IOptions<AuthOptions> options, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<LoginRequest>(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (account, refusal) = await signIn.VerifyAsync(body!.Username, body.Password, "auth.login", cancellationToken);
        if (account is null)
        {
            return refusal!;
        }

        var (secret, session) = await tokens.IssueAsync(account, OperatorTokenKind.Session, "console", cancellationToken: cancellationToken);
        context.Response.Cookies.Append(options.Value.CookieName, secret.ToString(), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            Expires = session.ExpiresAt,
            IsEssential = true,
        });
        await audit.RecordAsAsync(account.Username, "auth.login", account.Username, AuditOutcome.Allowed, details: new { session = session.Id }, cancellationToken: cancellationToken);
        return TypedResults.Ok(account);
    }

    private static async Task<IResult> LogoutAsync(
        HttpContext context, CurrentOperator current, OperatorTokens tokens, OperatorAudit audit, IOptions<AuthOptions> options, CancellationToken cancellationToken)
    {
        context.Response.Cookies.Delete(options.Value.CookieName, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps, Path = "/" });
        if (current.Token is { } token)
        {
            await tokens.RevokeAsync(token.Id, cancellationToken);
            await audit.RecordAsync("auth.logout", current.Username, AuditOutcome.Allowed, details: new { token = token.Id, kind = token.Kind }, cancellationToken: cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static async Task<IResult> IssueAsync(
        HttpContext context, CurrentOperator current, OperatorSignIn signIn, OperatorTokens tokens, OperatorAudit audit, AuthMetrics metrics,
        IOptions<AuthOptions> options, ILogger<OperatorTokens> logger, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<TokenRequest>(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var max = options.Value.MaxTokenLifetime;
        if (body!.LifetimeDays is { } days && (days < 1 || TimeSpan.FromDays(days) > max))
        {
            return ApiProblems.Field("lifetimeDays", $"must be from 1 to {(int)max.TotalDays}");
        }

        var name = body.Name?.Trim() is { Length: > 0 } given ? given : "cli";
        if (name.Length > 200)
        {
            return ApiProblems.Field("name", "must be at most 200 characters");
        }

        OperatorAccount account;
        if (body.Username is not null || body.Password is not null)
        {
            var (verified, refusal) = await signIn.VerifyAsync(body.Username, body.Password, "auth.token.issue", cancellationToken);
            if (verified is null)
            {
                return refusal!;
            }

            account = verified;
        }
        else if (current.Account is { } signedIn)
        {
            account = signedIn;
        }
        else
        {
            return AuthProblems.Unauthenticated(context, "a token is issued to a signed-in operator, or for a username and password in the body");
        }

        var (secret, token) = await tokens.IssueAsync(account, OperatorTokenKind.Api, name, body.LifetimeDays is { } d ? TimeSpan.FromDays(d) : null, cancellationToken);
        metrics.TokenIssued();
        AuthLog.TokenIssued(logger, account.Username, token.Kind.ToString(), token.Id, token.ExpiresAt);
        await audit.RecordAsAsync(account.Username, "auth.token.issue", token.Id, AuditOutcome.Allowed, details: new { token.Name, token.ExpiresAt }, cancellationToken: cancellationToken);
        return TypedResults.Created($"/api/auth/tokens/{token.Id}", new IssuedToken(token.Id, secret.ToString(), token.Name, token.ExpiresAt));
    }

    private static async Task<IResult> ListAsync(CurrentOperator current, IOperatorTokenStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(current.Require().Id, cancellationToken));

    private static async Task<IResult> RevokeAsync(
        string tokenId, CurrentOperator current, IOperatorTokenStore store, OperatorTokens tokens, OperatorAccess access, OperatorAudit audit, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(tokenId, cancellationToken);
        if (stored is null)
        {
            return ApiProblems.NotFound("Token", tokenId);
        }

        if (stored.Operator.Id != current.Require().Id && !current.HasRole(OperatorRole.ProvinceAdmin))
        {
            var decision = AccessDecision.Refuse(
                $"the token {tokenId} is {stored.Operator.Username}'s; revoking another operator's token needs the role ProvinceAdmin; {current.Username} has {current.DescribeRoles()}",
                OperatorRole.ProvinceAdmin,
                null);
            return await access.RefuseAsync(decision, "auth.token.revoke", tokenId, cancellationToken);
        }

        var revoked = await tokens.RevokeAsync(tokenId, cancellationToken);
        await audit.RecordAsync("auth.token.revoke", tokenId, AuditOutcome.Allowed, revoked ? null : "already revoked", new { owner = stored.Operator.Username }, cancellationToken);
        return TypedResults.NoContent();
    }
}
