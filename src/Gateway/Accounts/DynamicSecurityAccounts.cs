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

        // Accounts that existed keep their name and get the new password (a reset), and their role
        // once more in case a half-made provisioning left them without it. The role is taken away
        // first: mosquitto 2.0 answers adding a role a client already has with a bare "Internal
        // error", and removing one it lacks with an error that says nothing either — so only the
        // password and the final add are checked.
        var existing = credentials.Where((_, i) => DynsecCommands.AlreadyExists(errors[(i * 2) + 1])).ToList();
        if (existing.Count > 0)
        {
            var resets = existing.SelectMany(c => new[]
            {
                DynsecCommands.SetPassword(c.Username, c.Password),
                DynsecCommands.RemoveClientRole(c.Username, Role(new DeviceAddress(c.StationId, c.DeviceId))),
                DynsecCommands.AddClientRole(c.Username, Role(new DeviceAddress(c.StationId, c.DeviceId))),
            }).ToList();
            var resetErrors = await dynsec.ExecuteAsync(resets, cancellationToken);
            ThrowOnUnexpected(resetErrors.Where((_, i) => i % 3 != 1).ToList(), DynsecCommands.AlreadyExists);
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
