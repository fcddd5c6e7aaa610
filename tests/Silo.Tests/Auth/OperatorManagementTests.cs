using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommuneRadio.Silo.Tests.Hosting;
using static CommuneRadio.Silo.Tests.Auth.AuthTestKit;

namespace CommuneRadio.Silo.Tests.Auth;

public sealed class OperatorManagementTests
{
    [Fact]
    public async Task An_admin_creates_an_operator_with_a_vietnamese_name_who_signs_in_in_any_letter_case_and_the_username_stays_unique()
    {
        await using var silo = await SiloHost.StartAsync("auth-create");
        await ImportMiniAsync(silo);
        using var created = await silo.Http.PostAsJsonAsync("/api/operators", new
        {
            username = "Nguyen.Van.An",
            displayName = "Nguyễn Văn An",
            password = Password,
            roles = new[] { Role("CommuneOperator", MyHiep, canIssueAlerts: true) },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var client = await silo.CreateClientAsync("nguyen.van.an", Password);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("Nguyễn Văn An", me.GetProperty("displayName").GetString());
        Assert.Equal("Nguyen.Van.An", me.GetProperty("username").GetString());

        var taken = await ProblemAsync(
            await silo.Http.PostAsJsonAsync("/api/operators", new { username = "NGUYEN.VAN.AN", displayName = "Khác", password = Password }), HttpStatusCode.Conflict);
        Assert.Contains("taken", taken.GetProperty("title").GetString(), StringComparison.Ordinal);
        var list = await silo.Http.GetFromJsonAsync<JsonElement>("/api/operators");
        Assert.Equal(["admin", "Nguyen.Van.An"], list.EnumerateArray().Select(o => o.GetProperty("username").GetString()!).ToArray());
        Assert.DoesNotContain("password", (await silo.Http.GetStringAsync("/api/operators")).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Single(await AuditAsync(silo, "admin", "operator.create"));
    }

    [Fact]
    public async Task Bad_operator_requests_are_400_problems_naming_the_field()
    {
        await using var silo = await SiloHost.StartAsync("auth-invalid");
        await ImportMiniAsync(silo);

        async Task<string> FieldOf(object body)
        {
            var problem = await ProblemAsync(await silo.Http.PostAsJsonAsync("/api/operators", body), HttpStatusCode.BadRequest);
            return problem.GetProperty("errors").EnumerateObject().Single().Name;
        }

        Assert.Equal("username", await FieldOf(new { username = "có dấu", displayName = "A", password = Password }));
        Assert.Equal("password", await FieldOf(new { username = "ngan", displayName = "A", password = "ngắn" }));
        Assert.Equal("displayName", await FieldOf(new { username = "ten", password = Password }));
        Assert.Equal("roles[0].role", await FieldOf(new { username = "vaitro", displayName = "A", password = Password, roles = new[] { Role("Chief", Province) } }));
        Assert.Equal("roles[0].areaCode", await FieldOf(new { username = "vung", displayName = "A", password = Password, roles = new[] { Role("Viewer", "00000") } }));
        Assert.Equal("roles[0]", await FieldOf(new { username = "xem", displayName = "A", password = Password, roles = new[] { Role("Viewer", Province, canIssueAlerts: true) } }));
    }

    [Fact]
    public async Task Disabling_an_operator_ends_their_session_and_refuses_their_login_until_enabled()
    {
        await using var silo = await SiloHost.StartAsync("auth-disable");
        await ImportMiniAsync(silo);
        using var op = await OperatorAsync(silo, "tam.nghi", Role("Viewer", MyHiep));

        Assert.Equal(HttpStatusCode.OK, (await silo.Http.PostAsync("/api/operators/tam.nghi/disable", null)).StatusCode);

        await ProblemAsync(await op.GetAsync("/api/stations"), HttpStatusCode.Unauthorized);
        await Assert.ThrowsAsync<InvalidOperationException>(() => silo.CreateClientAsync("tam.nghi", Password));
        Assert.Equal("the operator is disabled", (await AuditAsync(silo, "tam.nghi", "auth.login"))[0].GetProperty("reason").GetString());

        Assert.Equal(HttpStatusCode.OK, (await silo.Http.PostAsync("/api/operators/tam.nghi/enable", null)).StatusCode);
        using var again = await silo.CreateClientAsync("tam.nghi", Password);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/stations")).StatusCode);
    }

    [Fact]
    public async Task Roles_can_be_replaced_and_a_password_reset_ends_the_old_sessions()
    {
        await using var silo = await SiloHost.StartAsync("auth-roles");
        await ImportMiniAsync(silo);
        using var op = await OperatorAsync(silo, "doi.vai", Role("Viewer", MyHiep));
        Assert.Equal(HttpStatusCode.Forbidden, (await SetVolumeAsync(op, MyHiepStation, 30)).StatusCode);

        var roles = await silo.Http.PutAsJsonAsync("/api/operators/doi.vai/roles", new[] { Role("CommuneOperator", MyHiep) });
        Assert.Equal(HttpStatusCode.OK, roles.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SetVolumeAsync(op, MyHiepStation, 30)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await silo.Http.PutAsJsonAsync("/api/operators/doi.vai/password", new { password = "mật-khẩu-mới-2026" })).StatusCode);
        await ProblemAsync(await op.GetAsync("/api/stations"), HttpStatusCode.Unauthorized);
        await Assert.ThrowsAsync<InvalidOperationException>(() => silo.CreateClientAsync("doi.vai", Password));
        using var renewed = await silo.CreateClientAsync("doi.vai", "mật-khẩu-mới-2026");
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/stations")).StatusCode);
    }

    [Fact]
    public async Task Only_a_province_admin_manages_operators_and_only_inside_their_scope()
    {
        await using var silo = await SiloHost.StartAsync("auth-manage");
        await ImportMiniAsync(silo);
        using var communeOperator = await OperatorAsync(silo, "xa.myhiep", Role("CommuneOperator", MyHiep));
        using var communeAdmin = await OperatorAsync(silo, "qt.myhiep", Role("ProvinceAdmin", MyHiep));

        var notAdmin = await ProblemAsync(await communeOperator.GetAsync("/api/operators"), HttpStatusCode.Forbidden);
        Assert.Equal("ProvinceAdmin", notAdmin.GetProperty("requiredRole").GetString());
        await ProblemAsync(await communeOperator.GetAsync("/api/audit"), HttpStatusCode.Forbidden);

        var outside = await ProblemAsync(
            await communeAdmin.PostAsJsonAsync("/api/operators", new { username = "sadec.moi", displayName = "Sa Đéc", password = Password, roles = new[] { Role("Viewer", SaDec) } }),
            HttpStatusCode.Forbidden);
        Assert.Equal(SaDec, outside.GetProperty("areaCode").GetString());
        var inside = await communeAdmin.PostAsJsonAsync("/api/operators", new { username = "myhiep.moi", displayName = "Mỹ Hiệp", password = Password, roles = new[] { Role("Viewer", MyHiep) } });
        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);
        await ProblemAsync(await communeAdmin.PostAsync("/api/operators/admin/disable", null), HttpStatusCode.Forbidden);
        await ProblemAsync(await silo.Http.PostAsync("/api/operators/admin/disable", null), HttpStatusCode.Conflict);
        Assert.Equal(3, (await AuditAsync(silo, "qt.myhiep")).Count(e => e.GetProperty("outcome").GetString() == "refused") + 1);
    }

    [Fact]
    public async Task The_audit_log_filters_by_operator_action_and_time_and_pages_newest_first()
    {
        await using var silo = await SiloHost.StartAsync("auth-audit");
        using var a = await OperatorAsync(silo, "nhat.ky");
        using var b = await silo.CreateClientAsync("nhat.ky", Password);
        using var c = await silo.CreateClientAsync("nhat.ky", Password);

        var page = await silo.Http.GetFromJsonAsync<JsonElement>("/api/audit?operator=NHAT.KY&action=auth.login&pageSize=2");
        Assert.Equal(3, page.GetProperty("total").GetInt64());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.True(items[0].GetProperty("id").GetInt64() > items[1].GetProperty("id").GetInt64());
        var second = await silo.Http.GetFromJsonAsync<JsonElement>("/api/audit?operator=nhat.ky&action=auth.login&pageSize=2&page=2");
        Assert.Single(second.GetProperty("items").EnumerateArray());
        var future = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"));
        var none = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/audit?operator=nhat.ky&from={future}");
        Assert.Equal(0, none.GetProperty("total").GetInt64());
        await ProblemAsync(await silo.Http.GetAsync("/api/audit?from=yesterday"), HttpStatusCode.BadRequest);
    }
}
