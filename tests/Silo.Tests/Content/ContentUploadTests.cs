using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using static CommuneRadio.Silo.Tests.Auth.AuthTestKit;

namespace CommuneRadio.Silo.Tests.Content;

[Collection(ContentCollection.Name)]
public sealed class ContentUploadTests(ContentSilo content)
{
    [Fact]
    public async Task A_wav_upload_named_mp3_is_stored_as_wav_with_its_sha256_duration_and_nfc_title()
    {
        var wav = ContentSamples.Wav(2);
        var title = "Bản tin thời sự sáng — xã Mỹ Hiệp".Normalize(NormalizationForm.FormD);

        using var response = await content.Author.PostAsync("/api/content/audio", ContentSamples.Upload(title, MyHiep, wav));
        var item = await ReadAsync(response, HttpStatusCode.Created);

        var id = item.GetProperty("id").GetString()!;
        Assert.Equal($"/api/content/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("audio", item.GetProperty("kind").GetString());
        Assert.Equal("draft", item.GetProperty("status").GetString());
        Assert.Equal("soan.myhiep", item.GetProperty("author").GetString());
        Assert.Equal("Bản tin thời sự sáng — xã Mỹ Hiệp", item.GetProperty("title").GetString());
        var media = item.GetProperty("media");
        Assert.Equal("audio/wav", media.GetProperty("mediaType").GetString());
        Assert.Equal(wav.Length, media.GetProperty("bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(wav)), media.GetProperty("sha256").GetString());
        Assert.Equal(2.0, media.GetProperty("durationS").GetDouble(), 3);

        var read = await content.Author.GetFromJsonAsync<JsonElement>($"/api/content/{id}");
        Assert.Equal("Bản tin thời sự sáng — xã Mỹ Hiệp", read.GetProperty("title").GetString());
        Assert.Equal(wav, await File.ReadAllBytesAsync(Path.Combine(content.MediaRoot, $"{id}.wav")));
        Assert.Contains(await AuditAsync(content.Silo, "soan.myhiep", "content.upload"), e => e.GetProperty("target").GetString() == id && e.GetProperty("outcome").GetString() == "allowed");
    }

    [Fact]
    public async Task A_text_file_calling_itself_audio_is_a_415_stored_nowhere_and_audited()
    {
        var text = Encoding.UTF8.GetBytes("Thông báo họp dân lúc 8 giờ sáng — không phải âm thanh.");
        var before = await CountAsync();

        using var response = await content.Author.PostAsync("/api/content/audio", ContentSamples.Upload("Giả mạo", MyHiep, text, "tin.wav", "audio/wav"));
        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);

        Assert.Equal("file", problem.GetProperty("field").GetString());
        Assert.Contains("not MP3, WAV or Ogg/Opus", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
        Assert.Contains(await AuditAsync(content.Silo, "soan.myhiep", "content.upload"), e => e.GetProperty("outcome").GetString() == "refused"
            && e.GetProperty("reason").GetString()!.Contains("not MP3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_over_the_limit_is_a_413_naming_the_limit()
    {
        using var response = await content.Author.PostAsync("/api/content/audio", ContentSamples.Upload("Quá lớn", MyHiep, ContentSamples.Wav(20)));
        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(ContentSilo.UploadLimit, problem.GetProperty("limit").GetInt64());
        Assert.Equal("file", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_truncated_wav_is_a_400_naming_the_file()
    {
        var wav = ContentSamples.Wav(2);

        using var response = await content.Author.PostAsync("/api/content/audio", ContentSamples.Upload("Bị cắt", MyHiep, wav[..(wav.Length / 2)]));
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out var errors), problem.ToString());
        Assert.Contains("truncated", errors[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, MyHiep, true, "title")]
    [InlineData("Không có vùng", "", true, "areaCodes")]
    [InlineData("Vùng lạ", "99999", true, "areaCodes[0]")]
    [InlineData("Không có tệp", MyHiep, false, "file")]
    public async Task Missing_or_unknown_fields_are_a_400_naming_the_field(string? title, string areaCodes, bool withFile, string field)
    {
        using var response = await content.Author.PostAsync("/api/content/audio", ContentSamples.Upload(title, areaCodes, withFile ? ContentSamples.Wav(1) : null));
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task An_operator_cannot_put_content_on_another_communes_stations()
    {
        using var response = await content.Author.PostAsync("/api/content/audio", ContentSamples.Upload("Sai xã", SaDec, ContentSamples.Wav(1)));
        var problem = await ProblemAsync(response, HttpStatusCode.Forbidden);

        Assert.Equal(SaDec, problem.GetProperty("areaCode").GetString());
        Assert.Equal("CommuneOperator", problem.GetProperty("requiredRole").GetString());
        Assert.Contains(await AuditAsync(content.Silo, "soan.myhiep", "content.upload"), e => e.GetProperty("outcome").GetString() == "refused" && e.GetProperty("target").GetString() == SaDec);
    }

    private async Task<int> CountAsync() =>
        (await content.Admin.GetFromJsonAsync<JsonElement>("/api/content?limit=500")).GetArrayLength();

    internal static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
