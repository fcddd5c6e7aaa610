using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Devices;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Gateway.Accounts;

/// <summary>
/// Device accounts in mosquitto's dynamic security: username and client id <c>{station}.{device}</c>
/// (a device cannot connect under another id), and a role allowing exactly: publish under
/// <c>stations/{s}/devices/{d}/</c>, subscribe to <c>stations/{s}/cmd</c> and its own <c>cmd</c>.
/// Passwords are random, returned once, and kept only by the broker (as its own hash).
/// </summary>
public sealed class DynamicSecurityAccounts(DynamicSecurityClient dynsec, IOptions<GatewayOptions> options) : IBrokerAccounts
{
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private readonly TopicLayout _layout = new(options.Value.TopicRoot);

    public static string Username(DeviceAddress device) => $"{device.StationId}.{device.DeviceId}";

    public static string Role(DeviceAddress device) => $"device.{device.StationId}.{device.DeviceId}";

    public async Task<IReadOnlyList<DeviceCredentials>> ProvisionAsync(IReadOnlyList<DeviceAddress> devices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var credentials = devices.Select(d => new DeviceCredentials(
            d.StationId, d.DeviceId, Username(d), Username(d), RandomNumberGenerator.GetString(PasswordAlphabet, 24))).ToList();

        var creates = new List<JsonObject>(devices.Count * 2);
        foreach (var (device, account) in devices.Zip(credentials))
        {
            creates.Add(DynsecCommands.CreateRole(Role(device),
            [
                ("publishClientSend", _layout.DevicePublishFilter(device.StationId, device.DeviceId)),
                ("subscribeLiteral", _layout.StationCommands(device.StationId)),
                ("subscribeLiteral", _layout.DeviceCommands(device.StationId, device.DeviceId)),
            ]));
            creates.Add(DynsecCommands.CreateClient(account.Username, account.Password, account.ClientId, Role(device)));
        }

        var errors = await dynsec.ExecuteAsync(creates, cancellationToken);
        ThrowOnUnexpected(errors, DynsecCommands.AlreadyExists);

        // Accounts that existed keep their name and get the new password (a reset). One whose role
        // was only made now (a half-made provisioning) lacks it: it gets it too. The role is never
        // added to an account that has it: mosquitto 2.0 answers that with a bare "Internal error".
        // (Every command is one rewrite of the broker's account file, so a reset costs one each.)
        var resets = new List<JsonObject>();
        for (var i = 0; i < credentials.Count; i++)
        {
            if (DynsecCommands.AlreadyExists(errors[(i * 2) + 1]))
            {
                resets.Add(DynsecCommands.SetPassword(credentials[i].Username, credentials[i].Password));
                if (!DynsecCommands.AlreadyExists(errors[i * 2]))
                {
                    resets.Add(DynsecCommands.AddClientRole(credentials[i].Username, Role(devices[i])));
                }
            }
        }

        if (resets.Count > 0)
        {
            ThrowOnUnexpected(await dynsec.ExecuteAsync(resets, cancellationToken), DynsecCommands.AlreadyExists);
        }

        return credentials;
    }

    public async Task RevokeAsync(IReadOnlyList<DeviceAddress> devices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(devices);
        var commands = devices.SelectMany(d => new[] { DynsecCommands.DeleteClient(Username(d)), DynsecCommands.DeleteRole(Role(d)) }).ToList();
        ThrowOnUnexpected(await dynsec.ExecuteAsync(commands, cancellationToken), DynsecCommands.NotFound);
    }

    private static void ThrowOnUnexpected(IReadOnlyList<string?> errors, Func<string?, bool> tolerated)
    {
        var unexpected = errors.Where(e => e is not null && !tolerated(e)).Distinct().ToList();
        if (unexpected.Count > 0)
        {
            throw new InvalidOperationException($"The broker refused account changes: {string.Join("; ", unexpected)}");
        }
    }
}
