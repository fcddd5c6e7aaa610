using System.Buffers.Binary;
using CommuneRadio.Content.Audio;

namespace CommuneRadio.Content.Tests.Audio;

public sealed class OggOpusReaderTests
{
    private static readonly Lazy<(byte[] Opus, double WavSeconds)> Speech = new(() =>
    {
        var folder = AudioSamples.ScratchFolder();
        try
        {
            var wav = AudioSamples.Speak(folder, "Cảnh báo bão số 3. Đề nghị bà con khẩn trương chằng chống nhà cửa, không ra khơi.", "vi-vn-x-south");
            var opus = AudioSamples.Encode(wav, "opusenc", "--quiet", "--bitrate", "24");
            return (File.ReadAllBytes(opus), AudioProbe.Read(File.ReadAllBytes(wav)).Info!.Duration.TotalSeconds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    });

    [Fact]
    public void Speech_encoded_by_opusenc_is_recognised_and_timed_like_the_wav_it_came_from()
    {
        var result = AudioProbe.Read(Speech.Value.Opus);

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(AudioFormat.OggOpus, result.Info!.Format);
        Assert.Equal("audio/ogg; codecs=opus", result.Info.MediaType);
        Assert.Equal(Speech.Value.WavSeconds, result.Info.Duration.TotalSeconds, 0.03);
    }

    [Fact]
    public void An_ogg_opus_file_cut_before_its_end_is_truncated()
    {
        var bytes = Speech.Value.Opus;

        var midPage = AudioProbe.Read(bytes.AsSpan(0, bytes.Length - 10));
        var atPageBoundary = AudioProbe.Read(bytes.AsSpan(0, LastPageOffset(bytes)));

        Assert.Contains("truncated", midPage.Problem, StringComparison.Ordinal);
        Assert.Contains("end-of-stream", atPageBoundary.Problem, StringComparison.Ordinal);
        Assert.False(midPage.Unsupported);
    }

    [Fact]
    public void A_flipped_byte_fails_the_page_checksum()
    {
        var bytes = (byte[])Speech.Value.Opus.Clone();
        bytes[bytes.Length / 2] ^= 0x40;

        var result = AudioProbe.Read(bytes);

        Assert.Contains("checksum", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ogg_file_of_another_codec_is_not_accepted()
    {
        var vorbis = Page("\u0001vorbis\0\0\0\0\u0002\u0044\u00ac\0\0"u8.ToArray(), headerType: 0x02);

        var result = AudioProbe.Read(vorbis);

        Assert.True(result.Unsupported);
        Assert.Contains("not Ogg/Opus", result.Problem, StringComparison.Ordinal);
    }

    private static int LastPageOffset(byte[] bytes)
    {
        var last = 0;
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            if (bytes.AsSpan(i, 4).SequenceEqual("OggS"u8))
            {
                last = i;
            }
        }

        return last;
    }

    /// <summary>One Ogg page holding <paramref name="body"/> (under 255 bytes), with a correct checksum.</summary>
    private static byte[] Page(byte[] body, byte headerType)
    {
        var page = new byte[27 + 1 + body.Length];
        "OggS"u8.CopyTo(page);
        page[5] = headerType;
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(14), 1234);
        page[26] = 1;
        page[27] = (byte)body.Length;
        body.CopyTo(page, 28);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(22), OggCrc.Of(page));
        return page;
    }
}
