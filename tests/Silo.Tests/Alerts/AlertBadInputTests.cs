using System.Net;
using System.Net.Http.Json;
using CommuneRadio.Silo.Tests.Hosting;

namespace CommuneRadio.Silo.Tests.Alerts;

/// <summary>Every refusal names its reason and sends nothing. One Silo for all cases: none of them changes anything.</summary>
public sealed class AlertBadInputTests : IAsyncLifetime
{
    private SiloHost _silo = null!;

    public async Task InitializeAsync()
    {
        _silo = await SiloHost.StartAsync("alert_bad");
        await SimulatedDevices.ImportAsync(_silo);
    }

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    public static TheoryData<string, object, string> Requests() => new()
    {
        { "unknown area code", new { template = "storm", areaCodes = new[] { "29308", "99999" } }, "areaCodes[1]" },
        { "no area", new { template = "flood", areaCodes = Array.Empty<string>() }, "areaCodes" },
        { "expires in the past", new { template = "storm", areaCodes = new[] { "29308" }, expires = DateTimeOffset.UtcNow.AddMinutes(-5) }, "expires" },
        { "no text and no audio", new { @event = "Lũ quét", areaCodes = new[] { "29308" }, expires = DateTimeOffset.UtcNow.AddHours(1) }, "text" },
        { "unknown template", new { template = "sóng thần", areaCodes = new[] { "29308" } }, "template" },
        { "volume out of range", new { template = "storm", areaCodes = new[] { "29308" }, volume = 150 }, "volume" },
        { "wrong type", new { template = "storm", areaCodes = "29308" }, "areaCodes" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_bad_alert_is_a_400_naming_the_field_and_nothing_is_sent(string why, object request, string field)
    {
        using var response = await _silo.Http.PostAsJsonAsync("/api/alerts", request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {(int)response.StatusCode} {body}");
        Assert.Contains($"\"{field}", body, StringComparison.Ordinal);
        Assert.Equal("[]", await _silo.Http.GetStringAsync("/api/alerts"));
    }

    [Fact]
    public async Task An_update_or_cancel_of_an_unknown_alert_is_a_404_naming_it()
    {
        using var update = await _silo.Http.PostAsJsonAsync("/api/alerts", new { template = "storm", areaCodes = new[] { "29308" }, msgType = "update", references = "khong-co" });
        using var cancel = await _silo.Http.PostAsync("/api/alerts/khong-co/cancel", null);

        Assert.Equal(HttpStatusCode.NotFound, update.StatusCode);
        Assert.Contains("khong-co", await update.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
    }

    [Fact]
    public async Task An_unknown_alert_is_a_404()
    {
        using var response = await _silo.Http.GetAsync("/api/alerts/khong-co");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
