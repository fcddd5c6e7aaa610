using CommuneRadio.DeviceProtocol;
using MQTTnet.Formatter;
using CommuneRadio.StationSimulator.Credentials;
using CommuneRadio.StationSimulator.Devices;
using CommuneRadio.StationSimulator.Province;
using CommuneRadio.StationSimulator.Tests.Support;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.StationSimulator.Tests.Province;

/// <summary>The sample province mini.json (2 stations, 6 devices) on a broker that knows only their accounts.</summary>
public sealed class ProvinceTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private readonly LogCapture _logs = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("communeradio-simulator-").FullName;
    private ProvinceFile _province = null!;
    private List<SimulatorCredentials> _credentials = null!;
    private MosquittoBroker _broker = null!;

    public async Task InitializeAsync()
    {
        _province = await ProvinceFileReader.ReadAsync(Path.Combine(RepositoryRoot.Path, "samples/province/mini.json"));
        _credentials = [.. _province.Stations.SelectMany(s => s.Devices!.Select(d => DeviceHarness.CredentialsFor(s.Id, d.Id)))];
        var users = _credentials.ToDictionary(c => c.Username, c => c.Password);
        users["observer"] = "observer";
        _broker = await MosquittoBroker.StartAsync(new MosquittoBrokerOptions { AllowAnonymous = false, Users = users });
    }

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_sample_province_starts_from_a_credentials_file_with_every_device_online_and_a_share_on_MQTT_3_1_1()
    {
        var path = Path.Combine(_folder, "credentials.json");
        await CredentialsFile.SaveAsync(path, _credentials);
        var (credentials, fetched) = await CredentialsSource.ObtainAsync(path, _province, silo: null);
        await using var observer = await StationObserver.StartAsync(_broker, "+");
        await using var province = Create(credentials, mqtt311Share: 0.5);
        var progress = new List<ProvinceStartProgress>();

        var result = await province.StartAsync(new SynchronousProgress(progress)).WithTimeout("the province starting");

        Assert.False(fetched);
        Assert.Equal((6, 0), (result.Online, result.Refused.Count));
        Assert.Equal(6, progress[^1].Online);
        Assert.Equal(3, province.Devices.Count(d => d.ProtocolVersion == MqttProtocolVersion.V311));
        var online = await observer.WaitForAsync(m => m.Topic.EndsWith("/status", StringComparison.Ordinal) && m.Text == "online", 6, "six devices online");
        Assert.Equal(
            _credentials.Select(c => TopicLayout.Default.Status(c.StationId, c.DeviceId)).Order(),
            online.Select(m => m.Topic).Order());
        Assert.Equal(6, province.Counters.Online);
        _logs.ThrowIfErrors();
    }

    [Fact]
    public async Task A_station_command_reaches_every_device_of_that_station_and_each_acks_on_its_own_topic()
    {
        await using var province = Create(_credentials);
        await province.StartAsync().WithTimeout("the province starting");
        await using var observer = await StationObserver.StartAsync(_broker, "s-29308");

        await observer.SendAsync(new DeviceCommand { CmdId = "evening-volume", Type = CommandType.Volume, Volume = 40 });

        var done = await observer.WaitForAsync(m => m.Topic.EndsWith("/ack", StringComparison.Ordinal) && StationObserver.ReadAck(m).State == AckState.Done, 3, "three done acks");
        Assert.Equal(["d-01", "d-02", "d-03"], done.Select(m => m.Topic.Split('/')[3]).Order());
        Assert.All(province.StationDevices("s-29308"), d => Assert.Equal(40, d.Volume));
        Assert.All(province.StationDevices("s-29224"), d => Assert.NotEqual(40, d.Volume));
    }

    [Fact]
    public async Task A_reconnect_storm_fires_every_Will_and_brings_every_device_back_at_the_same_moment()
    {
        await using var province = Create(_credentials);
        await province.StartAsync().WithTimeout("the province starting");
        await using var observer = await StationObserver.StartAsync(_broker, "+");

        Assert.Equal(6, await province.ReconnectStormAsync(TimeSpan.FromMinutes(1)));
        await observer.WaitForAsync(m => m.Topic.EndsWith("/status", StringComparison.Ordinal) && m.Text == "offline" && !m.Retain, 6, "six Wills");
        Assert.Equal(0, province.Counters.Online);
        _clock.Advance(TimeSpan.FromMinutes(1));

        await Task.WhenAll(province.Devices.Select(d => d.WhenOnlineAsync())).WithTimeout("every device back after the storm");
        Assert.Equal((6, 6), (province.Counters.Online, province.Counters.Snapshot().LinkCuts));
    }

    [Fact]
    public async Task A_device_with_a_wrong_password_is_reported_refused_while_the_others_come_online()
    {
        var credentials = _credentials.Select((c, i) => i == 4 ? c with { Password = "wrong" } : c).ToList();
        await using var province = Create(credentials);

        var result = await province.StartAsync().WithTimeout("the province starting");

        Assert.Equal(5, result.Online);
        var refused = Assert.Single(result.Refused);
        Assert.Equal((credentials[4].StationId, credentials[4].DeviceId), (refused.StationId, refused.DeviceId));
        Assert.Contains(refused.Reason, new[] { "BadUserNameOrPassword", "NotAuthorized" }); // mosquitto answers 0x87
        _logs.ThrowIfErrors(e => e.Message.Contains("refused device", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stopping_the_province_leaves_every_device_retained_offline()
    {
        var province = Create(_credentials);
        await province.StartAsync().WithTimeout("the province starting");

        await province.StopAsync().WithTimeout("the province stopping");

        await using var late = await StationObserver.StartAsync(_broker, "+");
        var statuses = await late.WaitForAsync(m => m.Topic.EndsWith("/status", StringComparison.Ordinal), 6, "six retained statuses");
        Assert.All(statuses, s => Assert.Equal(("offline", true), (s.Text, s.Retain)));
        Assert.Equal(0, province.Counters.Online);
        await province.DisposeAsync();
    }

    private SimulatedProvince Create(IEnumerable<SimulatorCredentials> credentials, double mqtt311Share = 0) => SimulatedProvince.Create(
        _province,
        credentials,
        new SimulatedProvinceOptions
        {
            Devices = new SimulatedDeviceOptions { BrokerHost = _broker.Host, BrokerPort = _broker.Port, HeartbeatJitter = 0 },
            Mqtt311Share = mqtt311Share,
        },
        _clock,
        LoggerFactory.Create(b => b.AddProvider(_logs)));

    private sealed class SynchronousProgress(List<ProvinceStartProgress> reports) : IProgress<ProvinceStartProgress>
    {
        public void Report(ProvinceStartProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
