using CommuneRadio.Grains.Devices;
using CommuneRadio.Grains.Registry.Import;
using Microsoft.Extensions.Logging;
using static CommuneRadio.Grains.Tests.Registry.Import.ProvinceFiles;

namespace CommuneRadio.Grains.Tests.Registry.Import;

public sealed class ProvinceImporterTests : IAsyncLifetime
{
    private ImportHarness _h = null!;

    public async Task InitializeAsync() => _h = await ImportHarness.CreateAsync("import");

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Importing_mini_registers_everything_and_hands_out_one_password_per_device()
    {
        var result = await _h.ImportAsync(MiniJson);

        Assert.Equal((3, 2, 0, 6, 0, true), (result.AreasChanged, result.StationsCreated, result.StationsChanged, result.DevicesCreated, result.DevicesChanged, result.Succeeded));
        var file = await ProvinceFile.LoadAsync(MiniJson);
        Assert.Equal(file.Stations.OrderBy(s => s.Id, StringComparer.Ordinal), await _h.Db.Stations.ListAsync(), StationComparer.Instance);
        Assert.Equal(
            _h.Broker.Passwords.OrderBy(p => p.Key.ToString()).Select(p => (p.Key, p.Value)),
            result.Credentials.Select(c => (new DeviceAddress(c.StationId, c.DeviceId), c.Password)).OrderBy(p => p.Item1.ToString()));
        Assert.Equal(["s-29224", "s-29308"], _h.Notifier.Notified.Distinct().Order());
        _h.Db.Logs.ThrowIfErrors();
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing_and_creates_no_credentials()
    {
        await _h.ImportAsync(MiniJson);
        var passwords = _h.Broker.Passwords;
        var brokerCalls = _h.Broker.ProvisionCalls.Count;

        var again = await _h.ImportAsync(MiniJson);

        Assert.True(again.Succeeded);
        Assert.False(again.ChangedAnything);
        Assert.Empty(again.Credentials);
        Assert.Equal(brokerCalls, _h.Broker.ProvisionCalls.Count);
        Assert.Equal(passwords, _h.Broker.Passwords);
    }

    [Fact]
    public async Task The_csv_files_import_to_the_registry_the_json_file_describes()
    {
        var csv = await _h.ImportAsync(MiniCsv);
        var json = await _h.ImportAsync(MiniJson);

        Assert.Equal((3, 2, 6), (csv.AreasChanged, csv.StationsCreated, csv.DevicesCreated));
        Assert.False(json.ChangedAnything);
    }

    [Fact]
    public async Task A_changed_file_renames_moves_and_updates_and_enrolls_only_the_new_device()
    {
        await _h.ImportAsync(MiniJson);
        var changed = (await File.ReadAllTextAsync(MiniJson))
            .Replace("Đài truyền thanh phường Sa Đéc", "Đài truyền thanh phường Sa Đéc (mới)", StringComparison.Ordinal)
            .Replace("\"areaCode\": \"29308\"", "\"areaCode\": \"29224\"", StringComparison.Ordinal)
            .Replace("\"serial\": \"CR4G-25-900005\", \"firmware\": \"2.4.1\"", "\"serial\": \"CR4G-25-900005\", \"firmware\": \"2.5.0\"", StringComparison.Ordinal)
            .Replace(
                "\"firmware\": \"2.4.1\"}\n      ]\n    }\n  ]",
                "\"firmware\": \"2.4.1\"},\n        {\"id\": \"d-04\", \"name\": \"Cụm loa trường THCS Sa Đéc\"}\n      ]\n    }\n  ]",
                StringComparison.Ordinal);

        var result = await _h.Importer.ImportAsync(Json(changed));

        Assert.Equal((0, 0, 2, 1, 1), (result.AreasChanged, result.StationsCreated, result.StationsChanged, result.DevicesCreated, result.DevicesChanged));
        Assert.Equal([new DeviceAddress("s-29224", "d-04")], result.Credentials.Select(c => new DeviceAddress(c.StationId, c.DeviceId)));
        var saDec = await _h.Db.Stations.GetAsync("s-29224");
        Assert.Equal("Đài truyền thanh phường Sa Đéc (mới)", saDec!.Name);
        Assert.Equal("2.5.0", saDec.Devices.Single(d => d.Id == "d-02").Firmware);
        Assert.Equal(["29308", "29224"], (await _h.Db.Stations.GetAreaHistoryAsync("s-29308")).Select(p => p.AreaCode));
    }

    [Fact]
    public async Task A_station_in_an_unknown_area_stops_the_import_naming_line_and_field()
    {
        var bad = (await File.ReadAllTextAsync(MiniJson)).Replace("\"areaCode\": \"29224\"", "\"areaCode\": \"29999\"", StringComparison.Ordinal);

        var result = await _h.Importer.ImportAsync(Json(bad));

        Assert.Equal(new ProvinceFileProblem("test.json", 15, "stations[1].areaCode", "no area has code '29999'"), result.Problem);
        Assert.Equal((1, 3), (result.StationsCreated, result.Credentials.Count));
        Assert.Null(await _h.Db.Stations.GetAsync("s-29224"));
    }

    [Fact]
    public async Task A_broker_failure_mid_import_keeps_the_passwords_already_made_and_a_rerun_finishes()
    {
        _h.Broker.FailProvisioningFromCall = 2; // the second station's batch

        var failed = await _h.ImportAsync(MiniJson);

        Assert.Equal(("stations[1].id", 15), (failed.Problem?.Field, failed.Problem?.Line));
        Assert.Contains("broker unreachable", failed.Problem!.Reason);
        Assert.Equal(3, failed.Credentials.Count);
        Assert.Equal(failed.Credentials.Select(c => $"{c.StationId}/{c.DeviceId}").Order(), _h.Broker.Passwords.Keys.Select(a => a.ToString()).Order());
        Assert.Empty((await _h.Db.Stations.GetAsync("s-29224"))!.Devices);
        Assert.Contains(_h.Db.Logs.AtLeast(LogLevel.Error), e => e.Message.Contains("s-29224", StringComparison.Ordinal));

        _h.Broker.FailProvisioningFromCall = int.MaxValue;
        var rerun = await _h.ImportAsync(MiniJson);

        Assert.Equal((true, 3), (rerun.Succeeded, rerun.DevicesCreated));
        Assert.Equal(6, _h.Broker.Passwords.Count);
    }

    [Fact]
    public async Task Each_stations_new_devices_get_their_accounts_in_one_broker_request()
    {
        var result = await _h.ImportAsync(MiniJson);

        Assert.Equal(6, result.Credentials.Count);
        Assert.Equal(
            [["s-29224/d-01", "s-29224/d-02", "s-29224/d-03"], ["s-29308/d-01", "s-29308/d-02", "s-29308/d-03"]],
            _h.Broker.ProvisionCalls.Select(call => call.Select(a => a.ToString()).ToArray()).OrderBy(c => c[0], StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task The_sample_province_imports_whole_and_a_second_import_changes_nothing()
    {
        var file = await ProvinceFile.LoadAsync(SampleProvince);

        var result = await _h.Importer.ImportAsync(file);
        var again = await _h.Importer.ImportAsync(file);

        Assert.Equal((101, 100, 1955, 1955), (result.AreasChanged, result.StationsCreated, result.DevicesCreated, result.Credentials.Count));
        Assert.False(again.ChangedAnything);
        Assert.Equal(1955, (await _h.Db.Stations.ListAsync()).Sum(s => s.Devices.Count));
        Assert.Equal(101, (await _h.Db.Areas.SubtreeAsync("82")).Count);
        _h.Db.Logs.ThrowIfErrors();
    }
}
