using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommuneRadio.Silo.Tests.Hosting;
using static CommuneRadio.Silo.Tests.Auth.AuthTestKit;

namespace CommuneRadio.Silo.Tests.Auth;

public sealed class AreaScopeTests
{
    [Fact]
    public async Task A_viewer_reads_but_a_change_is_a_403_naming_the_missing_role_and_is_audited()
    {
        await using var silo = await SiloHost.StartAsync("auth-viewer");
        await ImportMiniAsync(silo);
        using var viewer = await OperatorAsync(silo, "xem.tinh", Role("Viewer", Province));

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/stations/{MyHiepStation}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/areas")).StatusCode);

        var volume = await ProblemAsync(await SetVolumeAsync(viewer, MyHiepStation, 40), HttpStatusCode.Forbidden);
        Assert.Equal("CommuneOperator", volume.GetProperty("requiredRole").GetString());
        Assert.Contains("CommuneOperator or above", volume.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Viewer of 82", volume.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var areas = await ProblemAsync(
            await viewer.PostAsJsonAsync("/api/areas", new[] { new { code = "29999", name = "Xã Mới", kind = "xã", parentCode = Province } }), HttpStatusCode.Forbidden);
        Assert.Equal("ProvinceAdmin", areas.GetProperty("requiredRole").GetString());

        var refusals = (await AuditAsync(silo, "xem.tinh")).Where(e => e.GetProperty("outcome").GetString() == "refused").ToList();
        Assert.Equal(2, refusals.Count);
        Assert.Contains(refusals, e => e.GetProperty("target").GetString() == $"/api/stations/{MyHiepStation}/volume");
        Assert.Contains(refusals, e => e.GetProperty("action").GetString() == "POST /api/areas/");
        Assert.All(await DesiredVolumesAsync(silo, MyHiepStation), v => Assert.Null(v));
    }

    [Fact]
    public async Task A_commune_operator_changes_the_volume_of_a_station_in_their_commune_but_not_of_another_commune()
    {
        await using var silo = await SiloHost.StartAsync("auth-commune");
        await ImportMiniAsync(silo);
        using var myHiep = await OperatorAsync(silo, "vanhanh.myhiep", Role("CommuneOperator", MyHiep));

        Assert.Equal(HttpStatusCode.NoContent, (await SetVolumeAsync(myHiep, MyHiepStation, 55)).StatusCode);
        Assert.All(await DesiredVolumesAsync(silo, MyHiepStation), v => Assert.Equal(55, v));

        var refused = await ProblemAsync(await SetVolumeAsync(myHiep, SaDecStation, 55), HttpStatusCode.Forbidden);
        Assert.Equal(SaDec, refused.GetProperty("areaCode").GetString());
        Assert.Contains($"area '{SaDec}'", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.All(await DesiredVolumesAsync(silo, SaDecStation), v => Assert.Null(v));

        // Moving their station out of their scope, or creating one elsewhere, is refused too.
        await ProblemAsync(await myHiep.PutAsJsonAsync($"/api/stations/{MyHiepStation}", new { areaCode = SaDec }), HttpStatusCode.Forbidden);
        await ProblemAsync(await myHiep.PostAsJsonAsync("/api/stations", new { id = "s-new", name = "Đài mới", areaCode = SaDec }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Created, (await myHiep.PostAsJsonAsync("/api/stations", new { id = "s-new", name = "Đài mới", areaCode = MyHiep })).StatusCode);
        Assert.Equal(3, (await AuditAsync(silo, "vanhanh.myhiep")).Count(e => e.GetProperty("outcome").GetString() == "refused"));
    }

    [Fact]
    public async Task A_province_admin_may_change_areas_stations_and_devices_anywhere_in_the_province()
    {
        await using var silo = await SiloHost.StartAsync("auth-admin");
        await ImportMiniAsync(silo);
        using var admin = await OperatorAsync(silo, "quantri.tinh", Role("ProvinceAdmin", Province, canIssueAlerts: true));

        var areas = await admin.PostAsJsonAsync("/api/areas", new[] { new { code = "29999", name = "Xã Tân Mới", kind = "xã", parentCode = Province } });
        Assert.Equal(HttpStatusCode.OK, areas.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/stations", new { id = "s-29999", name = "Đài xã Tân Mới", areaCode = "29999" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SetVolumeAsync(admin, SaDecStation, 80)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SetVolumeAsync(admin, MyHiepStation, 80)).StatusCode);
        using var device = await admin.PostAsJsonAsync("/api/stations/s-29999/devices", new { id = "d-1", name = "Cụm loa chợ" });
        Assert.Equal(HttpStatusCode.Created, device.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/operators")).StatusCode);
    }

    [Fact]
    public async Task An_operator_with_no_role_is_signed_in_but_may_read_nothing()
    {
        await using var silo = await SiloHost.StartAsync("auth-norole");
        using var nobody = await OperatorAsync(silo, "chua.phan.quyen");

        Assert.Equal(HttpStatusCode.OK, (await nobody.GetAsync("/api/auth/me")).StatusCode);
        var problem = await ProblemAsync(await nobody.GetAsync("/api/stations"), HttpStatusCode.Forbidden);
        Assert.Contains("no role", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var me = await nobody.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal(0, me.GetProperty("roles").GetArrayLength());
    }
}
