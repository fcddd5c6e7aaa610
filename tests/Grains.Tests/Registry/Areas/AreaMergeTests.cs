using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Grains.Tests.Registry.Areas;

public sealed class AreaMergeTests : IAsyncLifetime
{
    private static readonly Area Province = new("82", "Tỉnh Đồng Tháp", "tỉnh", null);
    private static readonly Area MyHiep = new("29308", "Xã Mỹ Hiệp", "xã", "82");
    private static readonly Area MyQui = new("29311", "Xã Mỹ Quí", "xã", "82");

    private RegistryDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await RegistryDatabase.CreateAsync("merge");
        await _db.Areas.UpsertAsync([Province, MyHiep, MyQui]);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Merging_two_communes_moves_the_stations_retires_one_and_keeps_where_each_station_was()
    {
        var loa = new DeviceRecord("d-01", "Cụm loa chợ Mỹ Quí") { Gps = new GpsPosition(10.5521, 105.8012), Sim = "0912000001" };
        await _db.Stations.CreateAsync(new StationRecord("s-29308", "Đài truyền thanh xã Mỹ Hiệp", "29308", []));
        await _db.Stations.CreateAsync(new StationRecord("s-29311", "Đài truyền thanh xã Mỹ Quí", "29311", [loa]));

        var result = await _db.Areas.MergeAsync("29311", "29308");

        Assert.Equal(RegistryResult.Ok(2), result);
        Assert.Equal(new StationRecord("s-29311", "Đài truyền thanh xã Mỹ Quí", "29308", [loa]), await _db.Stations.GetAsync("s-29311"), StationComparer.Instance);
        Assert.Equal(["s-29308", "s-29311"], (await _db.Stations.ListAsync(["29308"])).Select(s => s.Id));
        var history = await _db.Stations.GetAreaHistoryAsync("s-29311");
        Assert.Equal(["29311", "29308"], history.Select(p => p.AreaCode));
        Assert.Equal(history[0].To, history[1].From);
        Assert.Null(history[1].To);
        var retired = await _db.Areas.GetAsync("29311");
        Assert.Equal("29308", retired!.MergedInto);
        Assert.NotNull(retired.RetiredAt);
        Assert.Contains("29311", (await _db.Areas.ListAsync()).Select(a => a.Code));
    }

    [Fact]
    public async Task A_merged_area_takes_no_new_stations_and_merging_it_again_into_the_same_area_changes_nothing()
    {
        await _db.Areas.MergeAsync("29311", "29308");

        var create = await _db.Stations.CreateAsync(new StationRecord("s-new", "Đài mới", "29311", []));
        var again = await _db.Areas.MergeAsync("29311", "29308");
        var elsewhere = await _db.Areas.MergeAsync("29311", "82");

        Assert.Equal(("areaCode", RegistryStatus.Invalid), (create.Field, create.Status));
        Assert.Contains("merged into '29308'", create.Problem);
        Assert.Equal(RegistryResult.Ok(0), again);
        Assert.Equal(("code", RegistryStatus.Conflict), (elsewhere.Field, elsewhere.Status));
    }

    [Fact]
    public async Task Merges_that_make_no_sense_are_refused_naming_the_field()
    {
        await _db.Areas.MergeAsync("29311", "29308");

        var itself = await _db.Areas.MergeAsync("29308", "29308");
        var unknown = await _db.Areas.MergeAsync("29999", "29308");
        var intoRetired = await _db.Areas.MergeAsync("29308", "29311");
        var intoOwnPart = await _db.Areas.MergeAsync("82", "29308");

        Assert.Equal(("into", RegistryStatus.Invalid), (itself.Field, itself.Status));
        Assert.Equal(("code", RegistryStatus.NotFound), (unknown.Field, unknown.Status));
        Assert.Equal(("into", RegistryStatus.Invalid), (intoRetired.Field, intoRetired.Status));
        Assert.Equal(("into", RegistryStatus.Invalid), (intoOwnPart.Field, intoOwnPart.Status));
        Assert.Null((await _db.Areas.GetAsync("29308"))!.MergedInto);
    }

    [Fact]
    public async Task Merging_provinces_moves_the_old_province_s_communes_under_the_new_one()
    {
        await _db.Areas.UpsertAsync([new Area("87", "Tỉnh Đồng Tháp (cũ)", "tỉnh", null), new Area("29224", "Phường Sa Đéc", "phường", "87")]);

        var result = await _db.Areas.MergeAsync("87", "82");

        Assert.Equal(RegistryStatus.Ok, result.Status);
        Assert.Equal("82", (await _db.Areas.GetAsync("29224"))!.ParentCode);
        Assert.Equal(["82", "29224", "29308", "29311"], await _db.Areas.SubtreeAsync("82"));
    }
}
