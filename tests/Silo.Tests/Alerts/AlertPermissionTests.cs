using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Alerts;

public sealed class AlertPermissionTests
{
    private const string Password = "mật-khẩu-thử-nghiệm-2025";

    private static async Task<HttpClient> OperatorAsync(SiloHost silo, string username, string role, string areaCode, bool canIssueAlerts)
    {
        using var created = await silo.Http.PostAsJsonAsync("/api/operators", new
        {
            username, displayName = $"Cán bộ {username}", password = Password, roles = new[] { new { role, areaCode, canIssueAlerts } },
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        return await silo.CreateClientAsync(username, Password);
    }

    private static async Task<IReadOnlyList<JsonElement>> RefusalsAsync(SiloHost silo, string username) =>
        [.. (await silo.Http.GetFromJsonAsync<JsonElement>($"/api/audit?operator={username}"))
            .GetProperty("items").EnumerateArray().Where(e => e.GetProperty("outcome").GetString() == "refused")];

    [Fact]
    public async Task A_commune_operator_alerts_their_own_commune_and_is_refused_another_naming_it_with_the_refusal_audited()
    {
        await using var silo = await SiloHost.StartAsync("alert_scope");
        await SimulatedDevices.ImportAsync(silo);
        using var myHiep = await OperatorAsync(silo, "myhiep", "CommuneOperator", "29308", canIssueAlerts: true);

        using var own = await myHiep.PostAsJsonAsync("/api/alerts", new { template = "flood", areaCodes = new[] { "29308" }, status = "exercise" });
        using var other = await myHiep.PostAsJsonAsync("/api/alerts", new { template = "flood", areaCodes = new[] { "29224" }, status = "exercise" });

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("'29224'", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await silo.Http.GetFromJsonAsync<JsonElement[]>("/api/alerts") ?? []);
        Assert.Contains(await RefusalsAsync(silo, "myhiep"), e => e.GetProperty("action").GetString() == "alert.alert");
    }

    [Theory]
    [InlineData("CommuneOperator", false)]
    [InlineData("Viewer", false)]
    public async Task An_operator_without_the_alert_permission_is_refused_even_in_their_own_commune(string role, bool canIssueAlerts)
    {
        await using var silo = await SiloHost.StartAsync("alert_perm");
        await SimulatedDevices.ImportAsync(silo);
        using var client = await OperatorAsync(silo, "sadec", role, "29224", canIssueAlerts);

        using var response = await client.PostAsJsonAsync("/api/alerts", new { template = "storm", areaCodes = new[] { "29224" }, status = "exercise" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("[]", await silo.Http.GetStringAsync("/api/alerts"));
    }

    [Fact]
    public async Task A_province_wide_actual_alert_waits_for_a_second_operator_and_is_played_only_after_their_confirmation()
    {
        await using var silo = await SiloHost.StartAsync("alert_confirm");
        await using var devices = await SimulatedDevices.ImportAndConnectAsync(silo);
        using var deputy = await OperatorAsync(silo, "phochutich", "ProvinceAdmin", "82", canIssueAlerts: true);

        var issued = await AlertApi.SendAsync(silo, new { template = "evacuation", areaCodes = new[] { "82" }, repeat = 1 });
        var id = AlertApi.Id(issued);
        Assert.Equal("awaitingConfirmation", issued.GetProperty("alert").GetProperty("phase").GetString());
        using var self = await silo.Http.PostAsync($"/api/alerts/{id}/confirm", null);
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        Assert.All(devices.All, d => Assert.DoesNotContain(d.Journal.Commands, c => c.Command.CmdId == AlertApi.CmdId(issued)));

        using var confirmed = await deputy.PostAsync($"/api/alerts/{id}/confirm", null);

        Assert.True(confirmed.IsSuccessStatusCode, await confirmed.Content.ReadAsStringAsync());
        foreach (var device in devices.All)
        {
            await device.WaitForAckAsync(AlertApi.CmdId(issued), AckState.Done).WithTimeout($"{device} plays the confirmed evacuation order");
        }

        var progress = await AlertApi.ProgressAsync(silo, id);
        Assert.Equal(("phochutich", "active"), (progress.GetProperty("alert").GetProperty("confirmedBy").GetString(), progress.GetProperty("alert").GetProperty("phase").GetString()));
    }
}
