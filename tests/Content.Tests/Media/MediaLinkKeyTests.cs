using CommuneRadio.Content.Media;
using CommuneRadio.Content.Tests.Audio;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Content.Tests.Media;

public sealed class MediaLinkKeyTests : IDisposable
{
    private readonly string _folder = AudioSamples.ScratchFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_key_comes_from_the_setting_then_from_the_key_file()
    {
        var file = Path.Combine(_folder, "media-link-key");
        File.WriteAllText(file, new string('k', 36) + "\n");

        var fromSetting = Key(new ContentOptions { LinkKey = Convert.ToBase64String(new byte[40]), LinkKeyFile = file });
        var fromFile = Key(new ContentOptions { LinkKeyFile = file });

        Assert.Equal(new byte[40], fromSetting.Bytes);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(new string('k', 36)), fromFile.Bytes);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Without_a_setting_a_key_is_made_once_in_the_media_folder_and_shared_by_every_silo_using_it()
    {
        var media = Path.Combine(_folder, "media");

        var first = Key(new ContentOptions { MediaRoot = media });
        var second = Key(new ContentOptions { MediaRoot = media });

        Assert.True(first.Bytes.Length >= MediaLinkKey.MinimumBytes);
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(media, ".link-key")));
    }

    [Fact]
    public void A_short_key_is_refused_at_start()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => Key(new ContentOptions { LinkKey = Convert.ToBase64String(new byte[8]) }));

        Assert.Contains("at least 32 bytes", failure.Message, StringComparison.Ordinal);
    }

    private static MediaLinkKey Key(ContentOptions options) => new(Options.Create(options));
}
