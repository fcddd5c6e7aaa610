using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CommuneRadio.Silo.Tests.Hosting;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Silo.Tests.Auth;

/// <summary>What the auth tests do over and over: import the mini province, create operators as the admin, read problems and the audit log.</summary>
public static class AuthTestKit
{
    public const string Province = "82";
    public const string MyHiep = "29308";
    public const string SaDec = "29224";
    public const string MyHiepStation = "s-29308";
    public const string SaDecStation = "s-29224";
    public const string Password = "mật-khẩu-đủ-dài-1";

    public static async Task ImportMiniAsync(SiloHost silo)
    {
        var path = Path.Combine(RepositoryRoot.Path, "samples", "province", "mini.json");
        using var content = new StringContent(await File.ReadAllTextAsync(path), System.Text.Encoding.UTF8, "application/json");
        using var response = await silo.Http.PostAsync("/api/import", content);
        Assert.True(response.IsSuccessStatusCode, $"import failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Creates an operator as the admin and answers a client signed in as them.</summary>
    public static async Task<HttpClient> OperatorAsync(SiloHost silo, string username, params object[] roles)
    {
        using var response = await silo.Http.PostAsJsonAsync("/api/operators", new { username, displayName = $"Cán bộ {username}", password = Password, roles });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"creating {username}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await silo.CreateClientAsync(username, Password);
    }

    public static object Role(string role, string areaCode, bool canIssueAlerts = false) => new { role, areaCode, canIssueAlerts };

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>The audit entries of an operator (and action), newest first, read as the admin.</summary>
    public static async Task<IReadOnlyList<JsonElement>> AuditAsync(SiloHost silo, string operatorName, string? action = null)
    {
        var query = $"/api/audit?operator={Uri.EscapeDataString(operatorName)}" + (action is null ? "" : $"&action={Uri.EscapeDataString(action)}");
        var page = await silo.Http.GetFromJsonAsync<JsonElement>(query);
        return page.GetProperty("items").EnumerateArray().ToList();
    }

    /// <summary>The desired volume of each device of the station (null where none was set), read as the admin.</summary>
    public static async Task<IReadOnlyList<int?>> DesiredVolumesAsync(SiloHost silo, string stationId)
    {
        var station = await silo.Http.GetFromJsonAsync<JsonElement>($"/api/stations/{stationId}");
        return station.GetProperty("devices").EnumerateArray()
            .Select(d => d.TryGetProperty("desiredVolume", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : (int?)null)
            .ToList();
    }

    public static Task<HttpResponseMessage> SetVolumeAsync(HttpClient client, string stationId, int volume) =>
        client.PutAsJsonAsync($"/api/stations/{stationId}/volume", new { volume });
}
