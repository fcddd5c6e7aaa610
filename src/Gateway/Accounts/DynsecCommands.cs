using System.Text.Json.Nodes;

namespace CommuneRadio.Gateway.Accounts;

/// <summary>The dynamic-security plugin's commands used here, as JSON objects.</summary>
internal static class DynsecCommands
{
    public static JsonObject CreateRole(string role, IEnumerable<(string AclType, string Topic)> acls) => new()
    {
        ["command"] = "createRole",
        ["rolename"] = role,
        ["acls"] = new JsonArray(acls.Select(a => (JsonNode)new JsonObject { ["acltype"] = a.AclType, ["topic"] = a.Topic, ["allow"] = true }).ToArray()),
    };

    /// <summary>
    /// A client; a non-empty <paramref name="clientId"/> pins the MQTT client id the account may use.
    /// A <paramref name="role"/> given here is not recorded in the role by mosquitto 2.0.11: such a
    /// role must never be deleted while the account exists (delete the account first), or the
    /// account is left pointing at freed memory.
    /// </summary>
    public static JsonObject CreateClient(string username, string password, string clientId, string? role = null)
    {
        var command = new JsonObject
        {
            ["command"] = "createClient",
            ["username"] = username,
            ["password"] = password,
        };
        if (role is not null)
        {
            command["roles"] = new JsonArray(new JsonObject { ["rolename"] = role });
        }

        if (clientId.Length > 0)
        {
            command["clientid"] = clientId;
        }

        return command;
    }

    public static JsonObject SetPassword(string username, string password) => new()
    {
        ["command"] = "setClientPassword",
        ["username"] = username,
        ["password"] = password,
    };

    public static JsonObject AddClientRole(string username, string role) => new()
    {
        ["command"] = "addClientRole",
        ["username"] = username,
        ["rolename"] = role,
    };

    /// <summary>Takes a role from an account; answers "Role not found" when it did not hold it.</summary>
    public static JsonObject RemoveClientRole(string username, string role) => new()
    {
        ["command"] = "removeClientRole",
        ["username"] = username,
        ["rolename"] = role,
    };

    public static JsonObject GetClient(string username) => new() { ["command"] = "getClient", ["username"] = username };

    public static JsonObject DeleteClient(string username) => new() { ["command"] = "deleteClient", ["username"] = username };

    public static JsonObject DeleteRole(string role) => new() { ["command"] = "deleteRole", ["rolename"] = role };

    public static bool AlreadyExists(string? error) => error?.Contains("already exists", StringComparison.OrdinalIgnoreCase) == true;

    public static bool NotFound(string? error) => error?.Contains("not found", StringComparison.OrdinalIgnoreCase) == true;
}
