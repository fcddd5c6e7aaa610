using CommuneRadio.DeviceProtocol;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Gateway.Accounts;

/// <summary>
/// The gateway's own broker account, made or brought up to date at every start: it may subscribe
/// to every device topic and publish commands to every station, and nothing else.
/// </summary>
/// <remarks>
/// A role held by an account is never deleted here. Mosquitto 2.0.11 does not record, in the role,
/// an account that received it through <c>createClient</c>; deleting such a role leaves the account
/// pointing at freed memory, and the next <c>addClientRole</c> answers "Internal error" or crashes
/// the broker (seen when a killed Silo started again). So the role's name carries a digest of its
/// ACLs (a changed topic root or group is a new role), the account is given it with
/// <c>removeClientRole</c> + <c>addClientRole</c> (both keep account and role in step), and roles
/// of an earlier configuration are only taken from the account.
/// </remarks>
public sealed class GatewayAccount(DynamicSecurityClient dynsec, IOptions<GatewayOptions> options)
{
    public const string RolePrefix = "communeradio-gateway";

    public static string SharedFilter(string group, TopicLayout layout, DeviceTopicKind kind) => $"$share/{group}/{layout.Filter(kind)}";

    /// <summary>The ACLs of the gateway's role for these settings.</summary>
    public static IReadOnlyList<(string AclType, string Topic)> Acls(GatewayOptions o)
    {
        var layout = new TopicLayout(o.TopicRoot);
        var stations = $"{layout.Root}stations";
        // Mosquitto checks a shared subscription against its full filter, $share prefix included,
        // so the gateway is allowed exactly its three shared filters.
        return
        [
            .. new[] { DeviceTopicKind.Heartbeat, DeviceTopicKind.Status, DeviceTopicKind.Ack }
                .Select(kind => ("subscribeLiteral", SharedFilter(o.SharedGroup, layout, kind))),
            ("publishClientSend", $"{stations}/+/cmd"),
            ("publishClientSend", $"{stations}/+/devices/+/cmd"),
        ];
    }

    /// <summary>The role's name: the prefix and a digest of its ACLs.</summary>
    public static string RoleName(GatewayOptions o)
    {
        var text = string.Join('\n', Acls(o).Select(a => $"{a.AclType} {a.Topic}"));
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
        return $"{RolePrefix}-{digest}";
    }

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var role = RoleName(o);
        ThrowOnUnexpected(await dynsec.ExecuteAsync(
        [
            DynsecCommands.CreateRole(role, Acls(o)),
            DynsecCommands.CreateClient(o.Username, o.Password, ""),
            DynsecCommands.SetPassword(o.Username, o.Password),
            DynsecCommands.RemoveClientRole(o.Username, role),
            DynsecCommands.AddClientRole(o.Username, role),
        ], cancellationToken));

        var stale = (await dynsec.ClientRolesAsync(o.Username, cancellationToken))
            .Where(r => r != role && r.StartsWith(RolePrefix, StringComparison.Ordinal))
            .Select(r => DynsecCommands.RemoveClientRole(o.Username, r))
            .ToList();
        if (stale.Count > 0)
        {
            ThrowOnUnexpected(await dynsec.ExecuteAsync(stale, cancellationToken));
        }
    }

    private static void ThrowOnUnexpected(IReadOnlyList<string?> errors)
    {
        var unexpected = errors.Where(e => e is not null && !DynsecCommands.AlreadyExists(e) && !DynsecCommands.NotFound(e)).ToList();
        if (unexpected.Count > 0)
        {
            throw new InvalidOperationException($"The broker refused the gateway account: {string.Join("; ", unexpected)}");
        }
    }
}
