using CommuneRadio.Grains.Operators;
using CommuneRadio.Grains.Registry;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Silo.Auth;

/// <summary>
/// At start (after migrations), while no operator exists, creates the province admin of
/// <c>Auth:BootstrapAdmin</c>: ProvinceAdmin with the alert permission on each root area, or on
/// the whole tree when no area exists yet (a fresh database, before the province is imported).
/// </summary>
public sealed class OperatorBootstrap(
    IOperatorStore operators, IAreaRegistry areas, OperatorPasswords passwords, IOptions<AuthOptions> options, ILogger<OperatorBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await operators.AnyAsync(cancellationToken))
        {
            return;
        }

        var admin = options.Value.BootstrapAdmin;
        var problem = OperatorRules.UsernameProblem(admin.Username)?.Insert(0, "Username ")
            ?? OperatorPasswords.Problem(admin.Password, admin.Username)?.Insert(0, "Password ")
            ?? OperatorRules.DisplayNameProblem(admin.DisplayName)?.Insert(0, "DisplayName ");
        if (problem is not null)
        {
            AuthLog.BootstrapMissing(logger, problem);
            return;
        }

        var roots = (await areas.ListAsync(cancellationToken)).Where(a => a.ParentCode is null && a.RetiredAt is null).Select(a => a.Code).ToList();
        var scopes = roots.Count == 0 ? [RoleAssignment.WholeTree] : roots;
        var roles = scopes.Select(code => new RoleAssignment(OperatorRole.ProvinceAdmin, code, CanIssueAlerts: true, CanApproveContent: true)).ToList();
        var created = await operators.CreateAsync(new NewOperator(admin.Username!.Trim(), admin.DisplayName.Trim(), passwords.Hash(admin.Password!), roles), cancellationToken);
        if (created is not null)
        {
            AuthLog.BootstrapCreated(logger, created.Username, string.Join(", ", scopes));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
