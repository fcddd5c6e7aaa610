using System.Net;
using System.Net.Http.Json;
using static CommuneRadio.Silo.Tests.Auth.AuthTestKit;

namespace CommuneRadio.Silo.Tests.Content;

[Collection(ContentCollection.Name)]
public sealed class ContentRelayTests(ContentSilo content)
{
    [Fact]
    public async Task A_stream_relay_keeps_its_url_and_a_bad_url_is_a_400_naming_it()
    {
        using var good = await content.Author.PostAsJsonAsync("/api/content/stream", new { title = "Tiếp sóng VOV1", url = "https://vov.example.vn/vov1.mp3", areaCodes = new[] { MyHiep } });
        var item = await ContentUploadTests.ReadAsync(good, HttpStatusCode.Created);
        Assert.Equal("stream", item.GetProperty("kind").GetString());
        Assert.Equal("https://vov.example.vn/vov1.mp3", item.GetProperty("streamUrl").GetString());

        using var bad = await content.Author.PostAsJsonAsync("/api/content/stream", new { title = "Sai", url = "ftp://vov.example.vn/vov1", areaCodes = new[] { MyHiep } });
        var problem = await ProblemAsync(bad, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("url", out _), problem.ToString());
    }

    [Theory]
    [InlineData(120.0)]
    [InlineData(87.4)]
    [InlineData(99.93)]
    public async Task An_fm_frequency_outside_the_band_is_a_400_naming_it(double frequencyMHz)
    {
        using var response = await content.Author.PostAsJsonAsync("/api/content/fm", new { title = "FM", frequencyMHz, areaCodes = new[] { MyHiep } });

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("frequencyMHz", out _), problem.ToString());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_naming_the_field()
    {
        using var response = await content.Author.PostAsync("/api/content/fm", new StringContent("""{"title":"FM","frequencyMHz":"chín bảy","areaCodes":["29308"]}""", System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("frequencyMHz", out _), problem.ToString());
    }

    [Fact]
    public async Task A_relay_has_no_media_link()
    {
        var id = await ContentSilo.DraftFmAsync(content.Author, "FM không có tệp", MyHiep);

        await ProblemAsync(await content.Author.GetAsync($"/api/content/{id}/link"), HttpStatusCode.Conflict);
    }
}
