using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static CommuneRadio.Silo.Tests.Auth.AuthTestKit;

namespace CommuneRadio.Silo.Tests.Content;

/// <summary>Text read by the real espeak-ng and compressed by the real opusenc inside the Silo.</summary>
[Collection(ContentCollection.Name)]
public sealed class ContentSpeechTests(ContentSilo content)
{
    private const string Text = "Thông báo: sáng thứ Bảy, trạm y tế xã tiêm chủng mở rộng cho trẻ em dưới năm tuổi. Đề nghị các gia đình đưa trẻ đến đúng giờ.";

    [Fact]
    public async Task Text_is_read_in_the_voice_set_for_the_province_unless_the_commune_has_its_own()
    {
        // Mỹ Hiệp inherits: whatever another test set on it goes (404 when nothing was).
        Assert.Contains((await content.Admin.DeleteAsync($"/api/content/voices/{MyHiep}")).StatusCode, new[] { HttpStatusCode.NoContent, HttpStatusCode.NotFound });
        Assert.Equal(HttpStatusCode.NoContent, (await content.Admin.PutAsJsonAsync($"/api/content/voices/{Province}", new { voice = "vi-vn-x-south" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await content.Admin.PutAsJsonAsync($"/api/content/voices/{SaDec}", new { voice = "vi-vn-x-central" })).StatusCode);

        var myHiep = await SpeakAsync(content.Author, MyHiep);
        var saDec = await SpeakAsync(content.SaDecOperator, SaDec);

        Assert.Equal("vi-vn-x-south", myHiep.GetProperty("voice").GetString());
        Assert.Equal("vi-vn-x-central", saDec.GetProperty("voice").GetString());
        Assert.Equal(Text, myHiep.GetProperty("text").GetString());
        var media = myHiep.GetProperty("media");
        Assert.Equal("audio/ogg; codecs=opus", media.GetProperty("mediaType").GetString());
        Assert.InRange(media.GetProperty("durationS").GetDouble(), 5, 20);
        // Compressed for 4G: well under espeak-ng's 44 KB per second of WAV.
        Assert.InRange(media.GetProperty("bytes").GetInt64() / media.GetProperty("durationS").GetDouble(), 1_000, 6_000);

        var voice = await content.Author.GetFromJsonAsync<JsonElement>($"/api/content/voices/{MyHiep}");
        Assert.Equal("vi-vn-x-south", voice.GetProperty("voice").GetString());
        Assert.Equal(Province, voice.GetProperty("setOnArea").GetString());
        Assert.Contains(await AuditAsync(content.Silo, "admin", "content.voice"), e => e.GetProperty("target").GetString() == SaDec);
    }

    [Fact]
    public async Task Areas_that_speak_different_voices_need_the_voice_named()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await content.Admin.PutAsJsonAsync($"/api/content/voices/{SaDec}", new { voice = "vi-vn-x-central" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await content.Admin.PutAsJsonAsync($"/api/content/voices/{MyHiep}", new { voice = "vi" })).StatusCode);

        using var mixed = await content.Admin.PostAsJsonAsync("/api/content/tts", new { title = "Hai giọng", text = "Xin chào.", areaCodes = new[] { MyHiep, SaDec } });
        var problem = await ProblemAsync(mixed, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("voice", out var why), problem.ToString());
        Assert.Contains($"{SaDec}: vi-vn-x-central", why[0].GetString(), StringComparison.Ordinal);

        using var named = await content.Admin.PostAsJsonAsync("/api/content/tts", new { title = "Một giọng", text = "Xin chào bà con.", areaCodes = new[] { MyHiep, SaDec }, voice = "vi-vn-x-south" });
        Assert.Equal("vi-vn-x-south", (await ContentUploadTests.ReadAsync(named, HttpStatusCode.Created)).GetProperty("voice").GetString());
    }

    [Fact]
    public async Task Text_too_long_an_unknown_voice_or_a_bad_voice_setting_is_a_400_naming_the_field()
    {
        using var tooLong = await content.Author.PostAsJsonAsync("/api/content/tts", new { title = "Dài", text = new string('a', 5001), areaCodes = new[] { MyHiep } });
        var problem = await ProblemAsync(tooLong, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _), problem.ToString());

        using var english = await content.Author.PostAsJsonAsync("/api/content/tts", new { title = "Giọng lạ", text = "Xin chào.", areaCodes = new[] { MyHiep }, voice = "en-us" });
        Assert.True((await ProblemAsync(english, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("voice", out _));

        var setting = await ProblemAsync(await content.Author.PutAsJsonAsync($"/api/content/voices/{MyHiep}", new { voice = "fr" }), HttpStatusCode.BadRequest);
        Assert.True(setting.GetProperty("errors").TryGetProperty("voice", out _));
        await ProblemAsync(await content.Author.PutAsJsonAsync($"/api/content/voices/{SaDec}", new { voice = "vi" }), HttpStatusCode.Forbidden);
    }

    private async Task<JsonElement> SpeakAsync(HttpClient client, string areaCode)
    {
        using var response = await client.PostAsJsonAsync("/api/content/tts", new { title = "Thông báo tiêm chủng", text = Text, areaCodes = new[] { areaCode } });
        return await ContentUploadTests.ReadAsync(response, HttpStatusCode.Created);
    }
}
