using CommuneRadio.Grains.Operators;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// Answers a failed authorization with problem details instead of a bare status: 401 saying how to
/// sign in (and why the presented token failed), 403 naming the missing role — and audits every 403.
/// </summary>
public sealed class OperatorAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Succeeded)
        {
            await next(context);
            return;
        }

        var current = CurrentOperator.Of(context);
        if (authorizeResult.Challenged || !current.IsAuthenticated)
        {
            await AuthProblems.Unauthenticated(context).ExecuteAsync(context);
            return;
        }

        // A requirement that fails explicitly is its own handler; it is named by its failure reason, not in FailedRequirements.
        var requirement = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Handler).OfType<OperatorRoleRequirement>().FirstOrDefault()
            ?? authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<OperatorRoleRequirement>().FirstOrDefault();
        var reason = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).FirstOrDefault()
            ?? $"{context.Request.Method} {context.Request.Path} is not allowed for {current.Username}";
        var decision = AccessDecision.Refuse(reason, requirement?.Minimum, null);
        var audit = context.RequestServices.GetRequiredService<OperatorAudit>();
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
        await audit.RecordAsync($"{context.Request.Method} {route}", context.Request.Path, AuditOutcome.Refused, reason, new { decision.RequiredRole }, context.RequestAborted);
        await AuthProblems.Forbidden(decision).ExecuteAsync(context);
    }
}
