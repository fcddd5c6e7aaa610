using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Devices;
using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Tests.Devices.StandIns;
using CommuneRadio.Grains.Tests.Registry;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.Grains.Tests.Devices;

/// <summary>Registry in the real test PostgreSQL; the broker's account store and the station grain are stand-ins.</summary>
public sealed class DeviceEnrollmentTests : IAsyncLifetime
{
    private static readonly DeviceRecord Cho = new("d-02", "Cụm loa chợ Mỹ Hiệp") { Gps = new GpsPosition(10.437018, 105.79221), Sim = "0912345602" };
    private static readonly DeviceAddress ChoAddress = new("s-29308", "d-02");

    private readonly InMemoryBrokerAccounts _broker = new();
    private readonly RecordingStationNotifier _notifier = new();
    private RegistryDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await RegistryDatabase.CreateAsync("enrollment");
        await _db.Areas.UpsertAsync([new Area("82", "Tỉnh Đồng Tháp", "tỉnh", null), new Area("29308", "Xã Mỹ Hiệp", "xã", "82")]);
        await _db.Stations.CreateAsync(new StationRecord("s-29308", "Đài truyền thanh xã Mỹ Hiệp", "29308", []));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Enrolling_registers_the_device_gives_it_an_account_and_tells_the_station()
    {
        var result = await Enrollment().EnrollAsync("s-29308", Cho);

        Assert.Equal(RegistryResult.Ok(), result.Registry);
        var credentials = Assert.Single(result.Credentials);
        Assert.Equal(("s-29308", "d-02"), (credentials.StationId, credentials.DeviceId));
        Assert.Equal(_broker.Passwords[ChoAddress], credentials.Password);
        Assert.Equal([Cho], (await _db.Stations.GetAsync("s-29308"))!.Devices);
        Assert.Equal(["s-29308"], _notifier.Notified);
        _db.Logs.ThrowIfErrors();
    }

    [Fact]
    public async Task When_provisioning_fails_nothing_is_registered_and_no_half_made_account_remains()
    {
        _broker.FailProvisioningFromCall = 1;

        await Assert.ThrowsAsync<IOException>(() => Enrollment().EnrollAsync("s-29308", Cho));

        Assert.Empty((await _db.Stations.GetAsync("s-29308"))!.Devices);
        Assert.Empty(_broker.Passwords);
        Assert.Empty(_notifier.Notified);
    }

    [Fact]
    public async Task When_registering_fails_after_provisioning_the_account_is_revoked()
    {
        var enrollment = new DeviceEnrollment(new FailingStationRegistry(_db.Stations), _broker, _notifier, _db.Logger<DeviceEnrollment>());

        await Assert.ThrowsAsync<InvalidOperationException>(() => enrollment.EnrollAsync("s-29308", Cho));

        Assert.Equal([[ChoAddress]], _broker.ProvisionCalls);
        Assert.Empty(_broker.Passwords);
        Assert.Empty((await _db.Stations.GetAsync("s-29308"))!.Devices);
    }

    [Fact]
    public async Task An_id_already_taken_is_refused_without_touching_the_working_device_s_account()
    {
        var enrollment = Enrollment();
        var first = await enrollment.EnrollAsync("s-29308", Cho);

        var second = await enrollment.EnrollAsync("s-29308", Cho with { Name = "Cụm loa khác" });

        Assert.Equal(("id", RegistryStatus.Conflict), (second.Registry.Field, second.Registry.Status));
        Assert.Empty(second.Credentials);
        Assert.Equal(first.Credentials[0].Password, _broker.Passwords[ChoAddress]);
        Assert.Single(_broker.ProvisionCalls);
        Assert.Empty(_broker.RevokeCalls);
    }

    [Fact]
    public async Task Two_enrolments_of_one_id_at_once_leave_one_device_whose_password_works()
    {
        var enrollment = Enrollment();

        var results = await Task.WhenAll(
            Task.Run(() => enrollment.EnrollAsync("s-29308", Cho)),
            Task.Run(() => enrollment.EnrollAsync("s-29308", Cho with { Name = "Cụm loa khác" })));

        var winner = Assert.Single(results, r => r.Registry.Status == RegistryStatus.Ok);
        Assert.Single(results, r => r.Registry.Status == RegistryStatus.Conflict);
        Assert.Equal(winner.Credentials[0].Password, _broker.Passwords[ChoAddress]);
    }

    [Fact]
    public async Task A_bad_device_or_an_unknown_station_never_reaches_the_broker()
    {
        var enrollment = Enrollment();

        var badId = await enrollment.EnrollAsync("s-29308", Cho with { Id = "d/02" });
        var badGps = await enrollment.EnrollAsync("s-29308", Cho with { Gps = new GpsPosition(10.4, 190) });
        var unknown = await enrollment.EnrollAsync("s-99999", Cho);

        Assert.Equal(("id", RegistryStatus.Invalid), (badId.Registry.Field, badId.Registry.Status));
        Assert.Equal(("gps.lon", RegistryStatus.Invalid), (badGps.Registry.Field, badGps.Registry.Status));
        Assert.Equal(("stationId", RegistryStatus.NotFound), (unknown.Registry.Field, unknown.Registry.Status));
        Assert.Empty(_broker.ProvisionCalls);
    }

    [Fact]
    public async Task Removing_revokes_the_account_unregisters_the_device_and_tells_the_station()
    {
        var enrollment = Enrollment();
        await enrollment.EnrollAsync("s-29308", Cho);

        var removed = await enrollment.RemoveAsync("s-29308", "d-02");
        var again = await enrollment.RemoveAsync("s-29308", "d-02");

        Assert.Equal(RegistryResult.Ok(), removed);
        Assert.Equal(("deviceId", RegistryStatus.NotFound), (again.Field, again.Status));
        Assert.Equal([[ChoAddress]], _broker.RevokeCalls);
        Assert.Empty(_broker.Passwords);
        Assert.Empty((await _db.Stations.GetAsync("s-29308"))!.Devices);
        Assert.Equal(["s-29308", "s-29308"], _notifier.Notified);
    }

    [Fact]
    public async Task When_revoking_fails_the_device_stays_registered_and_removing_again_finishes()
    {
        var enrollment = Enrollment();
        await enrollment.EnrollAsync("s-29308", Cho);
        _broker.FailRevoking = true;

        await Assert.ThrowsAsync<IOException>(() => enrollment.RemoveAsync("s-29308", "d-02"));

        Assert.Equal([Cho], (await _db.Stations.GetAsync("s-29308"))!.Devices);
        _broker.FailRevoking = false;
        Assert.Equal(RegistryResult.Ok(), await enrollment.RemoveAsync("s-29308", "d-02"));
        Assert.Empty(_broker.Passwords);
    }

    [Fact]
    public async Task Resetting_gives_every_device_of_the_station_a_new_password_in_one_broker_call()
    {
        var enrollment = Enrollment();
        var before = new List<DeviceCredentials>();
        foreach (var id in new[] { "d-01", "d-02", "d-03" })
        {
            before.AddRange((await enrollment.EnrollAsync("s-29308", Cho with { Id = id })).Credentials);
        }

        var reset = await enrollment.ResetCredentialsAsync("s-29308");

        Assert.Equal(RegistryResult.Ok(3), reset.Registry);
        Assert.Equal(4, _broker.ProvisionCalls.Count);
        Assert.Equal(3, _broker.ProvisionCalls[^1].Count);
        Assert.All(reset.Credentials, c => Assert.Equal(_broker.Passwords[new DeviceAddress(c.StationId, c.DeviceId)], c.Password));
        Assert.DoesNotContain(reset.Credentials, c => before.Any(b => b.Password == c.Password));
    }

    [Fact]
    public async Task Resetting_named_devices_changes_only_those_and_an_unknown_one_changes_none()
    {
        var enrollment = Enrollment();
        await enrollment.EnrollAsync("s-29308", Cho with { Id = "d-01" });
        await enrollment.EnrollAsync("s-29308", Cho);
        var passwords = _broker.Passwords;

        var unknown = await enrollment.ResetCredentialsAsync("s-29308", ["d-02", "d-09"]);
        var one = await enrollment.ResetCredentialsAsync("s-29308", ["d-02"]);

        Assert.Equal(("deviceIds", RegistryStatus.NotFound), (unknown.Registry.Field, unknown.Registry.Status));
        Assert.Equal(RegistryResult.Ok(1), one.Registry);
        Assert.Equal(passwords[new DeviceAddress("s-29308", "d-01")], _broker.Passwords[new DeviceAddress("s-29308", "d-01")]);
        Assert.NotEqual(passwords[ChoAddress], _broker.Passwords[ChoAddress]);
        Assert.Equal(3, _broker.ProvisionCalls.Count);
    }

    [Fact]
    public async Task A_station_grain_that_cannot_be_told_does_not_cost_the_one_time_password()
    {
        _notifier.Fail = true;

        var result = await Enrollment().EnrollAsync("s-29308", Cho);

        Assert.Equal(RegistryResult.Ok(), result.Registry);
        Assert.Equal(_broker.Passwords[ChoAddress], Assert.Single(result.Credentials).Password);
        Assert.Contains(_db.Logs.AtLeast(LogLevel.Warning), e => e.Message.Contains("s-29308", StringComparison.Ordinal));
    }

    private DeviceEnrollment Enrollment() => new(_db.Stations, _broker, _notifier, _db.Logger<DeviceEnrollment>());
}
