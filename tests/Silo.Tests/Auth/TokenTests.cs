using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CommuneRadio.Grains.Operators;
using CommuneRadio.Silo.Auth;
using CommuneRadio.Silo.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static CommuneRadio.Silo.Tests.Auth.AuthTestKit;

namespace CommuneRadio.Silo.Tests.Auth;

public sealed class TokenTests
{
    [Fact]
    public async Task A_token_issued_for_a_username_and_password_opens_the_api_as_a_bearer_until_it_is_revoked()
    {
        await using var silo = await SiloHost.StartAsync("auth-token");
        using var cli = silo.CreateAnonymousClient();

        using var issued = await cli.PostAsJsonAsync("/api/auth/tokens", new { name = "máy trực ban", username = "admin", password = silo.AdminPassword });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var token = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var secret = token.GetProperty("token").GetString()!;
        var id = token.GetProperty("id").GetString()!;
        cli.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await cli.GetAsync("/api/stations")).StatusCode);
        var me = await cli.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("admin", me.GetProperty("username").GetString());

        // Listed by id and name, never with the secret again.
        var listed = await silo.Http.GetStringAsync("/api/auth/tokens");
        Assert.Contains(id, listed, StringComparison.Ordinal);
        Assert.Contains("máy trực ban", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret.Split('.')[1], listed, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await silo.Http.DeleteAsync($"/api/auth/tokens/{id}")).StatusCode);
        var problem = await ProblemAsync(await cli.GetAsync("/api/stations"), HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(await AuditAsync(silo, "admin", "auth.token.revoke"));
    }

    [Fact]
    public async Task A_token_past_its_expiry_and_a_made_up_token_are_refused()
    {
        await using var silo = await SiloHost.StartAsync("auth-expiry");
        var admin = (await silo.Services.GetRequiredService<IOperatorStore>().GetAsync("admin"))!;
        var secret = TokenSecret.New();
        var now = DateTimeOffset.UtcNow;
        await silo.Services.GetRequiredService<IOperatorTokenStore>().AddAsync(
            new OperatorToken(secret.Id, admin.Id, OperatorTokenKind.Api, "hết hạn", now.AddDays(-2), now.AddSeconds(-1), null), secret.Hash());
        using var cli = silo.CreateAnonymousClient();

        cli.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret.ToString());
        var expired = await ProblemAsync(await cli.GetAsync("/api/areas"), HttpStatusCode.Unauthorized);
        Assert.Contains("expired", expired.GetProperty("detail").GetString(), StringComparison.Ordinal);

        cli.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", $"{secret.Id}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        var forged = await ProblemAsync(await cli.GetAsync("/api/areas"), HttpStatusCode.Unauthorized);
        Assert.Contains("not known", forged.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_cookie_value_is_not_accepted_as_a_bearer_token()
    {
        await using var silo = await SiloHost.StartAsync("auth-kinds");
        using var console = silo.CreateAnonymousClient();
        using var login = await console.PostAsJsonAsync("/api/auth/login", new { username = "admin", password = silo.AdminPassword });
        var session = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0].Split('=', 2)[1];

        using var cli = silo.CreateAnonymousClient();
        cli.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session);
        await ProblemAsync(await cli.GetAsync("/api/areas"), HttpStatusCode.Unauthorized);
    }
}
