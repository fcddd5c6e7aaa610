using System.Text.Json;
using CommuneRadio.Gateway;
using CommuneRadio.Gateway.Accounts;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.Silo.Tests.Gateway;

/// <summary>The gateway's own broker account, made again at every Silo start on a broker that keeps it.</summary>
public sealed class GatewayAccountTests
{
    private static readonly GatewayOptions Defaults = new();

    [Fact]
    public async Task Restarting_the_silo_on_one_broker_keeps_the_gateway_account_with_exactly_its_role_and_the_broker_running()
    {
        await using var silo = await SiloHost.StartAsync("gateway-account");

        // An account made as earlier versions made it: the role given in createClient. Mosquitto
        // 2.0.11 does not record such an account in the role, so deleting the role (what every
        // start used to do) left the account pointing at freed memory: the next start was refused
        // with "Internal error" or the broker crashed.
        await MosquittoTools.DynamicSecurityAsync(silo.Broker, """{"command":"deleteClient","username":"communeradio-gateway"}""");
        await MosquittoTools.DynamicSecurityAsync(silo.Broker, """{"command":"createRole","rolename":"communeradio-gateway"}""");
        await MosquittoTools.DynamicSecurityAsync(
            silo.Broker, """{"command":"createClient","username":"communeradio-gateway","password":"x","roles":[{"rolename":"communeradio-gateway"}]}""");
        for (var start = 0; start < 3; start++)
        {
            await silo.RestartAsync();
            Assert.True(silo.Broker.IsRunning, $"mosquitto still runs after Silo start {start + 2}");
            Assert.Equal([GatewayAccount.RoleName(Defaults)], await RolesAsync(silo.Broker, Defaults.Username));
        }

        await SimulatedDevices.ImportAndConnectAsync(silo);
    }

    [Fact]
    public async Task An_account_left_by_an_earlier_version_loses_its_old_role_and_gets_the_current_one()
    {
        await using var silo = await SiloHost.StartAsync("gateway-legacy");
        await MosquittoTools.DynamicSecurityAsync(silo.Broker, """{"command":"createRole","rolename":"communeradio-gateway"}""");
        await MosquittoTools.DynamicSecurityAsync(silo.Broker, """{"command":"addClientRole","username":"communeradio-gateway","rolename":"communeradio-gateway"}""");

        await silo.RestartAsync();

        Assert.Equal([GatewayAccount.RoleName(Defaults)], await RolesAsync(silo.Broker, Defaults.Username));
    }

    private static async Task<string[]> RolesAsync(MosquittoBroker broker, string username)
    {
        var answer = await MosquittoTools.DynamicSecurityAsync(broker, $$"""{"command":"getClient","username":"{{username}}"}""");
        using var document = JsonDocument.Parse(answer);
        var client = document.RootElement.GetProperty("responses")[0].GetProperty("data").GetProperty("client");
        return [.. client.GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("rolename").GetString()!)];
    }
}
