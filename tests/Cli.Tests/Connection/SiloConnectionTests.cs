using CommuneRadio.Cli.CommandLine;
using CommuneRadio.Cli.Connection;

namespace CommuneRadio.Cli.Tests.Connection;

public sealed class SiloConnectionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("communeradio-unit-").FullName;
    private readonly Dictionary<string, string> _environment = [];
    private readonly List<HttpClient> _clients = [];

    [Fact]
    public async Task The_stored_login_gives_the_address_and_the_token()
    {
        await StoreAsync("http://silo.tinh:5080/");

        using var client = await SiloConnection.OpenAsync(Context(), null, CancellationToken.None);

        Assert.Equal(new Uri("http://silo.tinh:5080/"), client.Api);
        Assert.Equal("bi-mat", Token(_clients.Single()));
    }

    [Fact]
    public async Task The_stored_token_is_never_sent_to_another_silo()
    {
        await StoreAsync("http://silo.tinh:5080/");

        var failure = await Assert.ThrowsAsync<CliFailure>(() => SiloConnection.OpenAsync(Context(), new Uri("http://khac.tinh:5080"), CancellationToken.None));

        Assert.Equal(ExitCodes.Unavailable, failure.ExitCode);
        Assert.Contains("not logged in to http://khac.tinh:5080/", failure.Message, StringComparison.Ordinal);
        Assert.Empty(_clients);
    }

    [Fact]
    public async Task The_environment_overrides_the_stored_login_and_the_option_overrides_the_environment()
    {
        await StoreAsync("http://silo.tinh:5080/");
        _environment[SiloConnection.ApiVariable] = "http://moi.tinh:5080";
        _environment[SiloConnection.TokenVariable] = "tu-bien-moi-truong";

        using (var fromEnvironment = await SiloConnection.OpenAsync(Context(), null, CancellationToken.None))
        {
            Assert.Equal(new Uri("http://moi.tinh:5080/"), fromEnvironment.Api);
            Assert.Equal("tu-bien-moi-truong", Token(_clients[^1]));
        }

        using var fromOption = await SiloConnection.OpenAsync(Context(), new Uri("http://127.0.0.1:5080/prefix"), CancellationToken.None);

        Assert.Equal(new Uri("http://127.0.0.1:5080/prefix/"), fromOption.Api);
        Assert.Equal("tu-bien-moi-truong", Token(_clients[^1]));
    }

    [Fact]
    public async Task Without_a_login_or_an_address_the_command_exits_3_saying_how_to_log_in()
    {
        var failure = await Assert.ThrowsAsync<CliFailure>(() => SiloConnection.OpenAsync(Context(), null, CancellationToken.None));

        Assert.Equal(ExitCodes.Unavailable, failure.ExitCode);
        Assert.Contains("communeradio login --api URL --username NAME", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_credentials_file_is_readable_by_its_owner_only_and_logout_deletes_it()
    {
        await StoreAsync("http://silo.tinh:5080/");
        var path = Path.Combine(_directory, "credentials.json");

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        Assert.Equal("quản.trị", (await CredentialsStore.LoadAsync(path, CancellationToken.None))!.Username);
        Assert.True(CredentialsStore.Delete(path));
        Assert.Null(await CredentialsStore.LoadAsync(path, CancellationToken.None));
    }

    private static string? Token(HttpClient client) => client.DefaultRequestHeaders.Authorization?.Parameter;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task StoreAsync(string api) =>
        CredentialsStore.SaveAsync(Path.Combine(_directory, "credentials.json"), new StoredCredentials(api, "quản.trị", "bi-mat", "tok-1", DateTimeOffset.UtcNow.AddDays(30)), CancellationToken.None);

    private CliContext Context() => new()
    {
        Out = TextWriter.Null,
        Error = TextWriter.Null,
        In = TextReader.Null,
        Environment = name => _environment.GetValueOrDefault(name),
        ConfigDirectory = _directory,
        CreateHttpClient = api =>
        {
            var client = new HttpClient { BaseAddress = api };
            _clients.Add(client);
            return client;
        },
    };
}
