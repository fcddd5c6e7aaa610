using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace CommuneRadio.Bench.Common;

/// <summary>
/// Writes accounts straight into mosquitto's dynamic-security file while the broker is stopped.
/// Enrolling through the API costs the broker a rewrite of that whole file per command (about
/// 80 ms per device at 2,000 devices, growing with the file), so 10,000 devices are written here
/// instead — with exactly the client, role and ACLs DynamicSecurityAccounts creates.
/// </summary>
internal static class DynsecFile
{
    private const int Iterations = 101;

    public static async Task AddAsync(string path, BenchProvince province, IEnumerable<BenchAccount> extra)
    {
        var root = JsonNode.Parse(await File.ReadAllTextAsync(path))!.AsObject();
        var clients = root["clients"]!.AsArray();
        var roles = root["roles"]!.AsArray();
        foreach (var account in province.Credentials())
        {
            var role = $"device.{account.StationId}.{account.DeviceId}";
            roles.Add(Role(role,
            [
                ("publishClientSend", $"stations/{account.StationId}/devices/{account.DeviceId}/#"),
                ("subscribeLiteral", $"stations/{account.StationId}/cmd"),
                ("subscribeLiteral", $"stations/{account.StationId}/devices/{account.DeviceId}/cmd"),
            ]));
            clients.Add(Client(account.Username, account.Password, account.ClientId, role));
        }

        foreach (var account in extra)
        {
            roles.Add(Role($"bench.{account.User}", account.Acls));
            clients.Add(Client(account.User, account.Password, null, $"bench.{account.User}"));
        }

        await File.WriteAllTextAsync(path, root.ToJsonString());
    }

    private static JsonObject Role(string name, IReadOnlyList<(string Type, string Topic)> acls) => new()
    {
        ["rolename"] = name,
        ["acls"] = new JsonArray([.. acls.Select(a => (JsonNode)new JsonObject { ["acltype"] = a.Type, ["topic"] = a.Topic, ["priority"] = 0, ["allow"] = true })]),
    };

    /// <summary>A client with mosquitto's own password format: PBKDF2-HMAC-SHA512, 101 iterations, 12-byte salt, 64-byte hash, base64.</summary>
    private static JsonObject Client(string user, string password, string? clientId, string role)
    {
        var salt = RandomNumberGenerator.GetBytes(12);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA512, 64);
        var client = new JsonObject
        {
            ["username"] = user,
            ["roles"] = new JsonArray(new JsonObject { ["rolename"] = role }),
            ["password"] = Convert.ToBase64String(hash),
            ["salt"] = Convert.ToBase64String(salt),
            ["iterations"] = Iterations,
        };
        if (clientId is not null)
        {
            client["clientid"] = clientId;
        }

        return client;
    }
}
