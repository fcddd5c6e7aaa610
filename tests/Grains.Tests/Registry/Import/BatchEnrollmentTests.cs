using CommuneRadio.Grains.Devices;
using CommuneRadio.Grains.Registry;

namespace CommuneRadio.Grains.Tests.Registry.Import;

/// <summary>Enrolling many devices of a station at once, as the import does: one broker request, the same guarantees as one by one.</summary>
public sealed class BatchEnrollmentTests : IAsyncLifetime
{
    private ImportHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await ImportHarness.CreateAsync("batch-enrol");
        await _h.ImportAsync(ProvinceFiles.MiniJson);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task New_devices_are_registered_with_one_broker_request_and_a_password_each_shown_once()
    {
        var calls = _h.Broker.ProvisionCalls.Count;

        var result = await _h.Enrollment.EnrollManyAsync("s-29308", [Device("d-10", "Cụm loa chợ Mỹ Hiệp"), Device("d-11", "Cụm loa trường tiểu học")]);

        Assert.Equal((RegistryStatus.Ok, 2, (int?)null), (result.Registry.Status, result.Registry.Changed, result.RefusedIndex));
        Assert.Equal(calls + 1, _h.Broker.ProvisionCalls.Count);
        Assert.Equal(["d-10", "d-11"], result.Credentials.Select(c => c.DeviceId));
        Assert.All(result.Credentials, c => Assert.Equal(_h.Broker.Passwords[new DeviceAddress(c.StationId, c.DeviceId)], c.Password));
        var station = (await _h.Db.Stations.GetAsync("s-29308"))!;
        Assert.Contains(station.Devices, d => d.Id == "d-11" && d.Name == "Cụm loa trường tiểu học");
        Assert.Equal("s-29308", _h.Notifier.Notified.Last());
    }

    [Fact]
    public async Task A_refused_device_stops_the_batch_after_enrolling_the_ones_before_it_and_touches_no_existing_account()
    {
        var existing = _h.Broker.Passwords;

        var result = await _h.Enrollment.EnrollManyAsync("s-29308", [Device("d-20", "Cụm loa ấp 1"), Device("d-02", "trùng mã"), Device("d-21", "Cụm loa ấp 2")]);

        Assert.Equal((RegistryStatus.Conflict, "id", (int?)1), (result.Registry.Status, result.Registry.Field, result.RefusedIndex));
        Assert.Equal(["d-20"], result.Credentials.Select(c => c.DeviceId));
        Assert.Equal(existing[new DeviceAddress("s-29308", "d-02")], _h.Broker.Passwords[new DeviceAddress("s-29308", "d-02")]);
        Assert.False(_h.Broker.Passwords.ContainsKey(new DeviceAddress("s-29308", "d-21")));
        Assert.DoesNotContain((await _h.Db.Stations.GetAsync("s-29308"))!.Devices, d => d.Id == "d-21");
    }

    [Fact]
    public async Task An_invalid_device_is_refused_naming_its_field_and_position()
    {
        var result = await _h.Enrollment.EnrollManyAsync("s-29224", [Device("", "không mã")]);

        Assert.Equal((RegistryStatus.Invalid, "id", (int?)0), (result.Registry.Status, result.Registry.Field, result.RefusedIndex));
        Assert.Empty(result.Credentials);
    }

    [Fact]
    public async Task A_broker_failure_leaves_no_account_and_no_device_behind()
    {
        _h.Broker.FailProvisioningFromCall = _h.Broker.ProvisionCalls.Count + 1;

        await Assert.ThrowsAsync<IOException>(() => _h.Enrollment.EnrollManyAsync("s-29224", [Device("d-30", "Cụm loa 30"), Device("d-31", "Cụm loa 31")]));

        Assert.DoesNotContain(_h.Broker.Passwords.Keys, a => a.DeviceId is "d-30" or "d-31");
        Assert.DoesNotContain((await _h.Db.Stations.GetAsync("s-29224"))!.Devices, d => d.Id is "d-30" or "d-31");
    }

    [Fact]
    public async Task An_unknown_station_is_refused_before_the_broker_is_asked()
    {
        var calls = _h.Broker.ProvisionCalls.Count;

        var result = await _h.Enrollment.EnrollManyAsync("s-00000", [Device("d-01", "Cụm loa")]);

        Assert.Equal((RegistryStatus.NotFound, "stationId"), (result.Registry.Status, result.Registry.Field));
        Assert.Equal(calls, _h.Broker.ProvisionCalls.Count);
    }

    private static DeviceRecord Device(string id, string name) => new(id, name);
}
