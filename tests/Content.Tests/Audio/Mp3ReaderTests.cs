using CommuneRadio.Content.Audio;

namespace CommuneRadio.Content.Tests.Audio;

public sealed class Mp3ReaderTests
{
    [Fact]
    public void Mpeg_frames_are_recognised_and_timed_by_counting_their_samples()
    {
        var result = AudioProbe.Read(AudioSamples.Mp3Frames(100));

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(AudioFormat.Mp3, result.Info!.Format);
        Assert.Equal(100 * 1152 / 44100.0, result.Info.Duration.TotalSeconds, 3);
    }

    [Fact]
    public void An_id3_tag_before_the_frames_is_skipped()
    {
        var result = AudioProbe.Read(AudioSamples.Mp3Frames(50, id3: true));

        Assert.Equal(50 * 1152 / 44100.0, result.Info!.Duration.TotalSeconds, 3);
    }

    [Fact]
    public void An_mp3_whose_last_frame_is_cut_short_is_truncated()
    {
        var whole = AudioSamples.Mp3Frames(20);

        var result = AudioProbe.Read(whole.AsSpan(0, whole.Length - 100));

        Assert.False(result.Unsupported);
        Assert.Contains("truncated", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Garbage_in_the_middle_of_an_mp3_makes_it_damaged()
    {
        var bytes = AudioSamples.Mp3Frames(20);
        bytes[417 * 10] = 0x12;

        var result = AudioProbe.Read(bytes);

        Assert.Contains("offset 4170", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_sync_pattern_in_other_bytes_is_not_taken_for_mp3()
    {
        var bytes = new byte[2000];
        bytes[0] = 0xFF;
        bytes[1] = 0xFB;
        bytes[2] = 0x90;

        Assert.True(AudioProbe.Read(bytes).Unsupported);
    }

    [Fact]
    public void Speech_encoded_by_lame_is_timed_like_the_wav_it_came_from()
    {
        var folder = AudioSamples.ScratchFolder();
        double source;
        AudioProbeResult result;
        try
        {
            var wav = AudioSamples.Speak(folder, "Thông báo lịch tiêm chủng mở rộng cho trẻ em dưới năm tuổi tại trạm y tế xã.");
            var mp3 = AudioSamples.Encode(wav, "lame", "--quiet", "-m", "m", "-b", "32");
            source = AudioProbe.Read(File.ReadAllBytes(wav)).Info!.Duration.TotalSeconds;
            result = AudioProbe.Read(File.ReadAllBytes(mp3));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(AudioFormat.Mp3, result.Info!.Format);
        // lame pads to whole frames and adds its encoder delay: a few 26 ms frames (MPEG-2 at 22.05 kHz) more at most.
        Assert.InRange(result.Info.Duration.TotalSeconds, source - 0.01, source + 0.2);
    }
}
