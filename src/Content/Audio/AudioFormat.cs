namespace CommuneRadio.Content.Audio;

/// <summary>The audio containers the library accepts, recognised from the bytes of the file.</summary>
public enum AudioFormat
{
    Mp3,
    Wav,
    OggOpus,
}
