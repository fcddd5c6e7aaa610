using CommuneRadio.Content.Audio;

namespace CommuneRadio.Content.Tests.Audio;

public sealed class WavReaderTests
{
    [Fact]
    public void A_wav_file_is_recognised_from_its_bytes_and_timed_from_its_data_chunk()
    {
        var result = AudioProbe.Read(AudioSamples.Wav(2.5));

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal(AudioFormat.Wav, result.Info!.Format);
        Assert.Equal("audio/wav", result.Info.MediaType);
        Assert.Equal(2.5, result.Info.Duration.TotalSeconds, 3);
    }

    [Fact]
    public void A_stereo_48_khz_wav_is_timed_by_its_byte_rate()
    {
        var result = AudioProbe.Read(AudioSamples.Wav(1.25, 48000, 2));

        Assert.Equal(1.25, result.Info!.Duration.TotalSeconds, 3);
    }

    [Fact]
    public void A_wav_file_cut_short_is_refused_as_truncated_not_as_another_type()
    {
        var whole = AudioSamples.Wav(2);

        var result = AudioProbe.Read(whole.AsSpan(0, whole.Length / 2));

        Assert.False(result.Succeeded);
        Assert.False(result.Unsupported);
        Assert.Contains("truncated", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wav_header_without_a_data_chunk_is_truncated()
    {
        var result = AudioProbe.Read(AudioSamples.Wav(1).AsSpan(0, 36));

        Assert.Contains("no data chunk", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_and_random_bytes_are_not_audio_whatever_they_are_called()
    {
        var text = AudioProbe.Read("Thông báo: họp dân lúc 8 giờ sáng mai tại nhà văn hoá ấp."u8);
        var random = new byte[4096];
        new Random(7).NextBytes(random);

        Assert.True(text.Unsupported);
        Assert.Contains("not MP3, WAV or Ogg/Opus", text.Problem, StringComparison.Ordinal);
        Assert.True(AudioProbe.Read(random).Unsupported);
        Assert.True(AudioProbe.Read([]).Unsupported);
    }

    [Fact]
    public void A_wav_of_a_few_samples_is_too_short_to_be_an_item()
    {
        var result = AudioProbe.Read(AudioSamples.Wav(0.01));

        Assert.False(result.Succeeded);
        Assert.Contains("ms of audio", result.Problem, StringComparison.Ordinal);
    }
}
