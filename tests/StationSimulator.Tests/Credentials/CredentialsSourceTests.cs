using System.Net;
using System.Text;
using CommuneRadio.StationSimulator.Credentials;
using CommuneRadio.StationSimulator.Province;

namespace CommuneRadio.StationSimulator.Tests.Credentials;

public sealed class CredentialsSourceTests : IDisposable
{
    private static readonly ProvinceFile TwoStations = new(
    [
        new ProvinceStation("s-1", "Đài xã Một", [new ProvinceDevice("d-01", null, null, null), new ProvinceDevice("d-02", null, null, null)]),
        new ProvinceStation("s-2", "Đài xã Hai", [new ProvinceDevice("d-01", null, null, null)]),
    ]);

    private readonly string _folder = Directory.CreateTempSubdirectory("communeradio-credentials-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Without_a_file_the_passwords_are_fetched_from_the_Silo_per_station_and_saved_readable_by_the_owner_only()
    {
        var silo = new FakeSilo();
        var path = Path.Combine(_folder, "run", "credentials.json");

        var (credentials, fetched) = await CredentialsSource.ObtainAsync(path, TwoStations, silo.Client());

        Assert.True(fetched);
        Assert.Equal(["POST /api/stations/s-1/credentials {}", "POST /api/stations/s-2/credentials {}"], silo.Requests.Order());
        Assert.Equal(["s-1.d-01", "s-1.d-02", "s-2.d-01"], credentials.Select(c => c.Username));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Equal(credentials, await CredentialsFile.LoadAsync(path));
        Assert.Contains("\"password\": \"pw-s-1.d-02\"", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_file_is_reused_without_asking_the_Silo()
    {
        var path = Path.Combine(_folder, "credentials.json");
        await CredentialsFile.SaveAsync(path, [new("s-1", "d-01", "s-1.d-01", "s-1.d-01", "kept")]);
        var silo = new FakeSilo();

        var (credentials, fetched) = await CredentialsSource.ObtainAsync(path, TwoStations, silo.Client());

        Assert.False(fetched);
        Assert.Empty(silo.Requests);
        Assert.Equal("kept", Assert.Single(credentials).Password);
    }

    [Fact]
    public async Task Without_a_file_or_a_Silo_the_error_says_how_to_get_the_passwords()
    {
        var missing = await Assert.ThrowsAsync<FileNotFoundException>(() => CredentialsSource.ObtainAsync(Path.Combine(_folder, "none.json"), TwoStations, silo: null));
        Assert.Contains("pass --api", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Silo_refusal_names_the_request_and_its_problem()
    {
        var silo = new FakeSilo { Status = HttpStatusCode.NotFound };

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => CredentialsSource.ObtainAsync(Path.Combine(_folder, "c.json"), TwoStations, silo.Client()));

        Assert.Contains("answered 404", failure.Message, StringComparison.Ordinal);
        Assert.Contains("station not found", failure.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "c.json")));
    }

    [Fact]
    public void Printing_credentials_never_shows_the_password()
    {
        Assert.DoesNotContain("secret", new SimulatorCredentials("s-1", "d-01", "s-1.d-01", "s-1.d-01", "secret").ToString(), StringComparison.Ordinal);
    }

    /// <summary>Answers like the Silo's POST /api/stations/{id}/credentials (camelCase JSON array).</summary>
    private sealed class FakeSilo : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        public HttpStatusCode Status { get; init; } = HttpStatusCode.OK;

        public SiloCredentialsClient Client() => new(new HttpClient(this), new Uri("http://127.0.0.1:5080"));

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            lock (Requests)
            {
                Requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath} {body}");
            }

            if (Status != HttpStatusCode.OK)
            {
                return new HttpResponseMessage(Status) { Content = new StringContent("""{"title":"station not found"}""") };
            }

            var station = request.RequestUri!.Segments[3].TrimEnd('/');
            var devices = TwoStations.Stations.Single(s => s.Id == station).Devices!;
            var json = string.Join(",", devices.Select(d =>
                $$"""{"stationId":"{{station}}","deviceId":"{{d.Id}}","username":"{{station}}.{{d.Id}}","clientId":"{{station}}.{{d.Id}}","password":"pw-{{station}}.{{d.Id}}"}"""));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent($"[{json}]", Encoding.UTF8, "application/json") };
        }
    }
}
