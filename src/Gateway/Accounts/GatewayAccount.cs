using CommuneRadio.DeviceProtocol;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Gateway.Accounts;

/// <summary>
/// The gateway's own broker account, made or brought up to date at every start: it may subscribe
/// to every device topic and publish commands to every station, and nothing else.
/// </summary>
public sealed class GatewayAccount(DynamicSecurityClient dynsec, IOptions<GatewayOptions> options)
{
    public const string RoleName = "communeradio-gateway";

    public static string SharedFilter(string group, TopicLayout layout, DeviceTopicKind kind) => $"$share/{group}/{layout.Filter(kind)}";

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var layout = new TopicLayout(o.TopicRoot);
        var stations = $"{layout.Root}stations";
        // Mosquitto checks a shared subscription against its full filter, $share prefix included,
        // so the gateway is allowed exactly its three shared filters.
        var subscriptions = new[] { DeviceTopicKind.Heartbeat, DeviceTopicKind.Status, DeviceTopicKind.Ack }
            .Select(kind => ("subscribeLiteral", SharedFilter(o.SharedGroup, layout, kind)));
        var role = DynsecCommands.CreateRole(RoleName,
        [
            .. subscriptions,
            ("publishClientSend", $"{stations}/+/cmd"),
            ("publishClientSend", $"{stations}/+/devices/+/cmd"),
        ]);
        var created = await dynsec.ExecuteAsync(
        [
            DynsecCommands.DeleteRole(RoleName), // re-created below, so a changed topic root takes effect
            role,
            DynsecCommands.CreateClient(o.Username, o.Password, "", RoleName),
        ], cancellationToken);
        ThrowOnUnexpected(created);

        // An existing account (every start but the first) gets the configured password and the
        // role again, which deleting the role took from it. Only then: mosquitto answers adding a
        // role a client already has with a bare "Internal error".
        if (DynsecCommands.AlreadyExists(created[^1]))
        {
            ThrowOnUnexpected(await dynsec.ExecuteAsync(
            [
                DynsecCommands.SetPassword(o.Username, o.Password),
                DynsecCommands.AddClientRole(o.Username, RoleName),
            ], cancellationToken));
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
