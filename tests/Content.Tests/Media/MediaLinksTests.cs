using System.Web;
using CommuneRadio.Content.Library;
using CommuneRadio.Content.Media;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Content.Tests.Media;

public sealed class MediaLinksTests
{
    private const string Id = "c-0123456789abcdef";
    private static readonly MediaFile File = new("c-0123456789abcdef.opus", "audio/ogg; codecs=opus", 1000, new string('a', 64), 3.2);
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));
    private readonly MediaLinks _links;

    public MediaLinksTests() => _links = new MediaLinks(new MediaLinkKey(new byte[32]), _time);

    [Fact]
    public void A_fresh_link_is_valid_until_it_expires()
    {
        var link = _links.Create(Id, File, TimeSpan.FromHours(1));
        var (expires, sig) = Parse(link.Url);

        Assert.StartsWith($"/api/media/{Id}?", link.Url, StringComparison.Ordinal);
        Assert.Equal(_time.GetUtcNow().AddHours(1), link.ExpiresAt);
        Assert.Null(_links.Problem(Id, File, expires, sig));
        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.Null(_links.Problem(Id, File, expires, sig));
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("the link has expired", _links.Problem(Id, File, expires, sig));
    }

    [Fact]
    public void A_link_does_not_open_another_item_a_changed_file_or_a_later_expiry()
    {
        var (expires, sig) = Parse(_links.Create(Id, File, TimeSpan.FromHours(1)).Url);

        Assert.Equal("the link's signature does not match", _links.Problem("c-fedcba9876543210", File, expires, sig));
        Assert.Equal("the link's signature does not match", _links.Problem(Id, File with { Sha256 = new string('b', 64) }, expires, sig));
        Assert.Equal("the link's signature does not match", _links.Problem(Id, File, expires + 3600, sig));
        Assert.Equal("the link has no expiry or signature", _links.Problem(Id, File, expires, null));
    }

    [Fact]
    public void A_link_signed_with_another_key_is_refused()
    {
        var other = new MediaLinks(new MediaLinkKey(Enumerable.Repeat((byte)7, 32).ToArray()), _time);
        var (expires, sig) = Parse(other.Create(Id, File, TimeSpan.FromHours(1)).Url);

        Assert.Equal("the link's signature does not match", _links.Problem(Id, File, expires, sig));
    }

    private static (long Expires, string Sig) Parse(string url)
    {
        var query = HttpUtility.ParseQueryString(new Uri("http://x" + url).Query);
        return (long.Parse(query["expires"]!, System.Globalization.CultureInfo.InvariantCulture), query["sig"]!);
    }
}
