namespace CommuneRadio.Content.Library;

/// <summary>What a content item plays: an uploaded audio file, text read by text-to-speech, a relayed live stream, or an FM channel relayed by the station's receiver.</summary>
public enum ContentKind
{
    Audio,
    Tts,
    Stream,
    Fm,
}
