namespace CommuneRadio.Silo.Auth;

/// <summary>The 401 and 403 problem-details answers: what is missing, and what to do about it.</summary>
public static class AuthProblems
{
    public static IResult Unauthenticated(HttpContext context, string? why = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failure = why ?? context.Items[OperatorTokenHandler.FailureKey] as string;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Sign in first",
            detail: (failure is null ? "" : $"Not signed in: {failure}. ")
                + "Sign in with POST /api/auth/login (the console's cookie) or send 'Authorization: Bearer <token>' from POST /api/auth/tokens.");
    }

    public static IResult WrongCredentials() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong username or password");

    public static IResult Forbidden(AccessDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Not allowed",
            detail: decision.Reason,
            extensions: new Dictionary<string, object?>
            {
                ["requiredRole"] = decision.RequiredRole?.ToString(),
                ["areaCode"] = decision.AreaCode,
                ["needsAlertPermission"] = decision.NeedsAlertPermission,
                ["needsApprovePermission"] = decision.NeedsApprovePermission,
            });
    }
}
