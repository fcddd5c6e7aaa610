using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Grains.Tests.Registry.Stations;

public sealed class StationRegistryTests : IAsyncLifetime
{
    private static readonly DeviceRecord Cho = new("d-02", "Cụm loa chợ Mỹ Hiệp")
    {
        Gps = new GpsPosition(10.437018, 105.79221),
        Sim = "0912345602",
        Serial = "CR4G-25-900002",
        Firmware = "2.4.1",
    };

    private static readonly DeviceRecord Ap = new("d-01", "Cụm loa ấp Mỹ Thới") { Gps = new GpsPosition(10.431562, 105.786534) };

    private RegistryDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await RegistryDatabase.CreateAsync("stations");
        await _db.Areas.UpsertAsync([
            new Area("82", "Tỉnh Đồng Tháp", "tỉnh", null),
            new Area("29308", "Xã Mỹ Hiệp", "xã", "82"),
            new Area("29224", "Phường Sa Đéc", "phường", "82"),
        ]);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task A_created_station_reads_back_with_its_devices_in_id_order()
    {
        var result = await _db.Stations.CreateAsync(new StationRecord("s-29308", "  Đài truyền thanh xã Mỹ Hiệp ", "29308", [Cho, Ap]));

        Assert.Equal(RegistryResult.Ok(), result);
        var expected = new StationRecord("s-29308", "Đài truyền thanh xã Mỹ Hiệp", "29308", [Ap, Cho]);
        Assert.Equal(expected, await _db.Stations.GetAsync("s-29308"), StationComparer.Instance);
        Assert.Null(await _db.Stations.GetAsync("s-00000"));
    }

    [Fact]
    public async Task A_second_station_with_the_same_id_is_a_conflict()
    {
        await _db.Stations.CreateAsync(new StationRecord("s-29308", "Đài truyền thanh xã Mỹ Hiệp", "29308", []));

        var result = await _db.Stations.CreateAsync(new StationRecord("s-29308", "Đài khác", "29224", [Ap]));

        Assert.Equal(("id", RegistryStatus.Conflict), (result.Field, result.Status));
        Assert.Equal("29308", (await _db.Stations.GetAsync("s-29308"))!.AreaCode);
    }

    [Fact]
    public async Task Bad_stations_are_refused_naming_the_json_field()
    {
        var cases = new (StationRecord Station, string Field, RegistryStatus Status)[]
        {
            (new("s/1", "Đài", "29308", []), "id", RegistryStatus.Invalid),
            (new("s-1", "   ", "29308", []), "name", RegistryStatus.Invalid),
            (new("s-1", "Đài", "99999", []), "areaCode", RegistryStatus.Invalid),
            (new("s-1", "Đài", "29308", [Ap, Cho with { Id = "d+2" }]), "devices[1].id", RegistryStatus.Invalid),
            (new("s-1", "Đài", "29308", [Ap with { Gps = new GpsPosition(95, 105) }]), "devices[0].gps.lat", RegistryStatus.Invalid),
            (new("s-1", "Đài", "29308", [Ap, Cho, Ap with { Name = "Cụm loa khác" }]), "devices[2].id", RegistryStatus.Conflict),
        };

        foreach (var (station, field, status) in cases)
        {
            var result = await _db.Stations.CreateAsync(station);
            Assert.Equal((field, status), (result.Field, result.Status));
        }

        Assert.Empty(await _db.Stations.ListAsync());
    }

    [Fact]
    public async Task A_moved_station_keeps_its_id_and_devices_and_its_area_history_says_where_it_was()
    {
        await _db.Stations.CreateAsync(new StationRecord("s-29308", "Đài truyền thanh xã Mỹ Hiệp", "29308", [Ap, Cho]));

        var moved = await _db.Stations.MoveAsync("s-29308", "29224");
        var again = await _db.Stations.MoveAsync("s-29308", "29224");

        Assert.Equal(RegistryResult.Ok(1), moved);
        Assert.Equal(RegistryResult.Ok(0), again);
        var station = await _db.Stations.GetAsync("s-29308");
        Assert.Equal(new StationRecord("s-29308", "Đài truyền thanh xã Mỹ Hiệp", "29224", [Ap, Cho]), station, StationComparer.Instance);
        var history = await _db.Stations.GetAreaHistoryAsync("s-29308");
        Assert.Equal([("29308", false), ("29224", true)], history.Select(p => (p.AreaCode, p.To is null)));
        Assert.Equal(history[0].To, history[1].From);
    }

    [Fact]
    public async Task Moves_to_unknown_areas_and_of_unknown_stations_are_refused()
    {
        await _db.Stations.CreateAsync(new StationRecord("s-29308", "Đài truyền thanh xã Mỹ Hiệp", "29308", []));

        var unknownArea = await _db.Stations.MoveAsync("s-29308", "99999");
        var unknownStation = await _db.Stations.MoveAsync("s-99999", "29224");

        Assert.Equal(("areaCode", RegistryStatus.Invalid), (unknownArea.Field, unknownArea.Status));
        Assert.Equal(("stationId", RegistryStatus.NotFound), (unknownStation.Field, unknownStation.Status));
        Assert.Single(await _db.Stations.GetAreaHistoryAsync("s-29308"));
    }

    [Fact]
    public async Task Stations_are_listed_by_area_in_id_order()
    {
        await _db.Stations.CreateAsync(new StationRecord("s-b", "Đài B", "29308", [Ap]));
        await _db.Stations.CreateAsync(new StationRecord("s-a", "Đài A", "29308", []));
        await _db.Stations.CreateAsync(new StationRecord("s-c", "Đài C", "29224", [Ap, Cho]));

        Assert.Equal(["s-a", "s-b"], (await _db.Stations.ListAsync(["29308"])).Select(s => s.Id));
        Assert.Equal(["s-a", "s-b", "s-c"], (await _db.Stations.ListAsync()).Select(s => s.Id));
        Assert.Equal([0, 1, 2], (await _db.Stations.ListAsync()).Select(s => s.Devices.Count));
        Assert.Empty(await _db.Stations.ListAsync([]));
    }

    [Fact]
    public async Task Renaming_reports_whether_the_name_changed()
    {
        await _db.Stations.CreateAsync(new StationRecord("s-29308", "Đài truyền thanh xã Mỹ Hiệp", "29308", []));

        var renamed = await _db.Stations.RenameAsync("s-29308", "Đài truyền thanh xã Mỹ Hiệp (mới)");
        var same = await _db.Stations.RenameAsync("s-29308", "Đài truyền thanh xã Mỹ Hiệp (mới)");
        var unknown = await _db.Stations.RenameAsync("s-99999", "Đài");
        var empty = await _db.Stations.RenameAsync("s-29308", " ");

        Assert.Equal((1, 0), (renamed.Changed, same.Changed));
        Assert.Equal(("stationId", RegistryStatus.NotFound), (unknown.Field, unknown.Status));
        Assert.Equal(("name", RegistryStatus.Invalid), (empty.Field, empty.Status));
        Assert.Equal("Đài truyền thanh xã Mỹ Hiệp (mới)", (await _db.Stations.GetAsync("s-29308"))!.Name);
    }

    [Fact]
    public async Task Devices_are_added_updated_and_removed_one_at_a_time()
    {
        await _db.Stations.CreateAsync(new StationRecord("s-29308", "Đài truyền thanh xã Mỹ Hiệp", "29308", [Ap]));

        var added = await _db.Stations.AddDeviceAsync("s-29308", Cho);
        var duplicate = await _db.Stations.AddDeviceAsync("s-29308", Cho);
        var toUnknownStation = await _db.Stations.AddDeviceAsync("s-99999", Cho);
        var updated = await _db.Stations.UpdateDeviceAsync("s-29308", Ap with { Firmware = "2.4.2", Gps = null });
        var unchanged = await _db.Stations.UpdateDeviceAsync("s-29308", Ap with { Firmware = "2.4.2", Gps = null });
        var updateUnknown = await _db.Stations.UpdateDeviceAsync("s-29308", Ap with { Id = "d-77" });
        var removed = await _db.Stations.RemoveDeviceAsync("s-29308", "d-02");
        var removeUnknown = await _db.Stations.RemoveDeviceAsync("s-29308", "d-02");

        Assert.Equal(RegistryResult.Ok(), added);
        Assert.Equal(("id", RegistryStatus.Conflict), (duplicate.Field, duplicate.Status));
        Assert.Equal(("stationId", RegistryStatus.NotFound), (toUnknownStation.Field, toUnknownStation.Status));
        Assert.Equal((1, 0), (updated.Changed, unchanged.Changed));
        Assert.Equal(("id", RegistryStatus.NotFound), (updateUnknown.Field, updateUnknown.Status));
        Assert.Equal(RegistryResult.Ok(), removed);
        Assert.Equal(("deviceId", RegistryStatus.NotFound), (removeUnknown.Field, removeUnknown.Status));
        Assert.Equal([Ap with { Firmware = "2.4.2", Gps = null }], (await _db.Stations.GetAsync("s-29308"))!.Devices);
    }
}
