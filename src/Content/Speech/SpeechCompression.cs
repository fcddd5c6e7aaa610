namespace CommuneRadio.Content.Speech;

/// <summary>The codec speech is compressed with for 4G links: Ogg/Opus (<c>opusenc</c>) or MP3 (<c>lame</c>).</summary>
public enum SpeechCompression
{
    Opus,
    Mp3,
}
