namespace CommuneRadio.Content.Audio;

/// <summary>
/// Recognises an uploaded file as MP3, WAV or Ogg/Opus from its bytes alone (never its name or
/// declared type) and reads its duration from the file's own structure. Pure and thread-safe.
/// </summary>
public static class AudioProbe
{
    /// <summary>Shortest audio accepted: anything shorter is almost surely not a broadcast item.</summary>
    public static readonly TimeSpan MinimumDuration = TimeSpan.FromMilliseconds(100);

    public static AudioProbeResult Read(ReadOnlySpan<byte> bytes)
    {
        var result = bytes switch
        {
            _ when WavReader.LooksLikeWav(bytes) => WavReader.Read(bytes),
            _ when OggOpusReader.LooksLikeOgg(bytes) => OggOpusReader.Read(bytes),
            _ when Mp3Reader.LooksLikeMp3(bytes) => Mp3Reader.Read(bytes),
            _ => AudioProbeResult.NotAudio("is not MP3, WAV or Ogg/Opus audio (judged from its bytes, not its name or type)"),
        };
        return result.Info is { } info && info.Duration < MinimumDuration
            ? AudioProbeResult.Damaged($"holds only {info.Duration.TotalMilliseconds:0} ms of audio")
            : result;
    }
}
