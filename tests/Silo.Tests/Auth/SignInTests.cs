using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommuneRadio.Silo.Auth;
using CommuneRadio.Silo.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static CommuneRadio.Silo.Tests.Auth.AuthTestKit;

namespace CommuneRadio.Silo.Tests.Auth;

public sealed class SignInTests
{
    [Fact]
    public async Task Login_sets_an_http_only_strict_session_cookie_that_opens_the_api_and_logout_ends_it()
    {
        await using var silo = await SiloHost.StartAsync("auth-login");
        using var client = silo.CreateAnonymousClient();

        using var login = await client.PostAsJsonAsync("/api/auth/login", new { username = "ADMIN", password = silo.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{AuthOptions.DefaultCookieName}=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("admin", me.GetProperty("username").GetString());
        Assert.Equal("Quản trị viên tỉnh", me.GetProperty("displayName").GetString());
        var role = Assert.Single(me.GetProperty("roles").EnumerateArray());
        Assert.Equal("provinceAdmin", role.GetProperty("role").GetString());
        Assert.True(role.GetProperty("canIssueAlerts").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/stations")).StatusCode);

        using var logout = await client.PostAsync("/api/auth/logout", null);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await ProblemAsync(await client.GetAsync("/api/stations"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_password_is_401_counted_logged_without_the_password_and_audited()
    {
        await using var silo = await SiloHost.StartAsync("auth-wrong");
        using var client = silo.CreateAnonymousClient();
        var metrics = silo.Services.GetRequiredService<AuthMetrics>();
        var failedBefore = metrics.LoginsFailed;

        using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { username = "admin", password = "sai-mật-khẩu-rồi" });
        var problem = await ProblemAsync(wrong, HttpStatusCode.Unauthorized);
        Assert.Equal("Wrong username or password", problem.GetProperty("title").GetString());
        using var unknown = await client.PostAsJsonAsync("/api/auth/login", new { username = "nobody", password = "sai-mật-khẩu-rồi" });
        await ProblemAsync(unknown, HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("Set-Cookie", wrong.Headers.Select(h => h.Key));

        Assert.Equal(failedBefore + 2, metrics.LoginsFailed);
        var refused = (await AuditAsync(silo, "admin", "auth.login")).Where(e => e.GetProperty("outcome").GetString() == "refused").ToList();
        var entry = Assert.Single(refused);
        Assert.Equal("wrong password", entry.GetProperty("reason").GetString());
        Assert.DoesNotContain("sai-mật-khẩu-rồi", entry.GetRawText(), StringComparison.Ordinal);
        var stranger = Assert.Single(await AuditAsync(silo, "nobody", "auth.login"));
        Assert.Equal("unknown username", stranger.GetProperty("reason").GetString());
        var logs = string.Join("\n", Directory.GetFiles(Path.Combine(silo.Broker.Directory, "silo-logs")).Select(ReadShared));
        Assert.Contains("Sign-in refused", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("sai-mật-khẩu-rồi", logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_open_and_every_api_endpoint_without_a_session_is_a_401_problem_saying_how_to_sign_in()
    {
        await using var silo = await SiloHost.StartAsync("auth-anonymous");
        using var client = silo.CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        foreach (var path in new[] { "/api/stations", "/api/areas", "/api/gateway", "/api/operators", "/api/audit", "/api/auth/me" })
        {
            var problem = await ProblemAsync(await client.GetAsync(path), HttpStatusCode.Unauthorized);
            Assert.Contains("POST /api/auth/login", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        await ProblemAsync(await client.PutAsJsonAsync("/api/stations/s-1/volume", new { volume = 10 }), HttpStatusCode.Unauthorized);
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
