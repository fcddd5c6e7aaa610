using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using static CommuneRadio.Silo.Tests.Auth.AuthTestKit;

namespace CommuneRadio.Silo.Tests.Content;

/// <summary>What a device does: fetch an item's media through a signed link, without signing in, in ranges, revalidating by ETag.</summary>
[Collection(ContentCollection.Name)]
public sealed class MediaFetchTests(ContentSilo content)
{
    [Fact]
    public async Task A_device_fetches_the_media_through_a_signed_link_without_signing_in()
    {
        var (id, wav, sha256) = await UploadAsync();
        var url = await LinkAsync(id);
        using var device = content.Silo.CreateAnonymousClient();

        using var whole = await device.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(wav, await whole.Content.ReadAsByteArrayAsync());
        Assert.Equal("audio/wav", whole.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"\"{sha256}\"", whole.Headers.ETag?.Tag);
        Assert.Equal("bytes", whole.Headers.AcceptRanges.Single());
    }

    [Fact]
    public async Task A_range_request_gets_206_with_just_those_bytes_and_a_known_etag_gets_304()
    {
        var (id, wav, sha256) = await UploadAsync();
        var url = await LinkAsync(id);
        using var device = content.Silo.CreateAnonymousClient();

        using var range = new HttpRequestMessage(HttpMethod.Get, url);
        range.Headers.Range = new RangeHeaderValue(1000, 1999);
        using var partial = await device.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(wav[1000..2000], await partial.Content.ReadAsByteArrayAsync());
        Assert.Equal($"bytes 1000-1999/{wav.Length}", partial.Content.Headers.ContentRange?.ToString());

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{sha256}\""));
        using var notModified = await device.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_tampered_or_unsigned_link_is_a_403_and_an_unknown_item_a_404()
    {
        var (id, _, _) = await UploadAsync();
        var url = await LinkAsync(id);
        using var device = content.Silo.CreateAnonymousClient();

        var later = System.Text.RegularExpressions.Regex.Replace(url, @"expires=(\d+)", m => $"expires={long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 86400}");
        var tampered = await ProblemAsync(await device.GetAsync(later), HttpStatusCode.Forbidden);
        Assert.Contains("signature does not match", tampered.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ProblemAsync(await device.GetAsync($"/api/media/{id}"), HttpStatusCode.Forbidden);
        await ProblemAsync(await device.GetAsync(url.Replace(id, "c-0000000000000000", StringComparison.Ordinal)), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_archived_items_media_is_no_longer_served()
    {
        var (id, _, _) = await UploadAsync();
        var url = await LinkAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await content.Author.PostAsync($"/api/content/{id}/archive", null)).StatusCode);
        using var device = content.Silo.CreateAnonymousClient();

        await ProblemAsync(await device.GetAsync(url), HttpStatusCode.NotFound);
        await ProblemAsync(await content.Author.GetAsync($"/api/content/{id}/link"), HttpStatusCode.Conflict);
    }

    private async Task<(string Id, byte[] Wav, string Sha256)> UploadAsync()
    {
        var wav = ContentSamples.Wav(3);
        using var response = await content.Author.PostAsync("/api/content/audio", ContentSamples.Upload("Bản tin chiều", MyHiep, wav, "ban-tin.wav", "audio/wav"));
        var item = await ContentUploadTests.ReadAsync(response, HttpStatusCode.Created);
        return (item.GetProperty("id").GetString()!, wav, item.GetProperty("media").GetProperty("sha256").GetString()!);
    }

    private async Task<string> LinkAsync(string id)
    {
        var link = await content.Author.GetFromJsonAsync<JsonElement>($"/api/content/{id}/link");
        Assert.True(link.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(23), link.ToString());
        return link.GetProperty("url").GetString()!;
    }
}
