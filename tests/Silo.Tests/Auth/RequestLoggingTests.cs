using System.Net.Http.Json;
using System.Text.Json;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Auth;

public sealed class RequestLoggingTests
{
    [Fact]
    public async Task Each_request_is_logged_with_method_path_status_elapsed_and_operator_and_never_a_secret()
    {
        await using var silo = await SiloHost.StartAsync("request-log");
        using var anonymous = silo.CreateAnonymousClient();
        using var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { username = silo.AdminUsername, password = silo.AdminPassword });
        var cookie = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0].Split('=', 2)[1];
        using var stations = await silo.Http.GetAsync("/api/stations?status=up");
        stations.EnsureSuccessStatusCode();

        JsonElement? line = null;
        await TaskTimeouts.Eventually(
            () => (line = RequestLines(silo).Where(e => e.GetProperty("RequestPath").GetString() == "/api/stations").Select(e => (JsonElement?)e).FirstOrDefault()) is not null,
            "the request to /api/stations is logged");
        var request = line!.Value;
        Assert.Equal("GET", request.GetProperty("RequestMethod").GetString());
        Assert.Equal(200, request.GetProperty("StatusCode").GetInt32());
        Assert.True(request.GetProperty("Elapsed").GetDouble() >= 0);
        Assert.Equal(silo.AdminUsername, request.GetProperty("Operator").GetString());
        Assert.Contains(RequestLines(silo), e => e.GetProperty("RequestPath").GetString() == "/api/auth/login" && e.GetProperty("Operator").GetString() == "anonymous");

        var everything = ReadLogs(silo);
        Assert.DoesNotContain(silo.AdminPassword, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(cookie, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("status=up", everything, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> RequestLines(SiloHost silo) =>
        ReadLogs(silo).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(e => e.TryGetProperty("RequestPath", out _) && e.TryGetProperty("Operator", out _));

    private static string ReadLogs(SiloHost silo) =>
        string.Join("\n", Directory.GetFiles(Path.Combine(silo.Broker.Directory, "silo-logs")).Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
}
