namespace CommuneRadio.Content.Audio;

/// <summary>What the bytes of an audio file say: its format, its MIME type and how long it plays.</summary>
public sealed record AudioInfo(AudioFormat Format, TimeSpan Duration)
{
    public string MediaType => Format switch
    {
        AudioFormat.Mp3 => "audio/mpeg",
        AudioFormat.Wav => "audio/wav",
        AudioFormat.OggOpus => "audio/ogg; codecs=opus",
        _ => throw new ArgumentOutOfRangeException(nameof(Format)),
    };

    public string Extension => Format switch
    {
        AudioFormat.Mp3 => "mp3",
        AudioFormat.Wav => "wav",
        AudioFormat.OggOpus => "opus",
        _ => throw new ArgumentOutOfRangeException(nameof(Format)),
    };
}
