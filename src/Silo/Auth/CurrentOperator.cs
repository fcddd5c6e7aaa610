using CommuneRadio.Grains.Operators;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// The operator signed in on this request (scoped: one per request), set by the authentication
/// handler: who they are, their roles, and the session or token they came with. Null/empty on an
/// anonymous request. Endpoints read it for identity (e.g. a second operator's confirmation must
/// come from a different <see cref="OperatorAccount.Id"/>); decisions go through <see cref="OperatorAccess"/>.
/// </summary>
public sealed class CurrentOperator
{
    public OperatorAccount? Account { get; private set; }

    public OperatorToken? Token { get; private set; }

    public bool IsAuthenticated => Account is not null;

    public string? Username => Account?.Username;

    public IReadOnlyList<RoleAssignment> Roles => Account?.Roles ?? [];

    /// <summary>The signed-in operator; throws on an anonymous request (an endpoint outside the authorization policies).</summary>
    public OperatorAccount Require() => Account ?? throw new InvalidOperationException("No operator is signed in on this request.");

    /// <summary>Whether any role, in any scope, is at least <paramref name="minimum"/>.</summary>
    public bool HasRole(OperatorRole minimum) => Roles.Any(r => r.Role >= minimum);

    public static CurrentOperator Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices.GetRequiredService<CurrentOperator>();
    }

    internal void SignIn(OperatorAccount account, OperatorToken token)
    {
        Account = account;
        Token = token;
    }

    /// <summary>How this operator's roles read in a refusal: "Viewer of 87, CommuneOperator of 29308 (alerts)".</summary>
    public string DescribeRoles() => Roles.Count == 0
        ? "no role"
        : string.Join(", ", Roles.Select(r => $"{r.Role} of {(r.AreaCode == RoleAssignment.WholeTree ? "every area" : r.AreaCode)}{(r.CanIssueAlerts ? " (alerts)" : "")}{(r.CanApproveContent ? " (approves content)" : "")}"));
}
