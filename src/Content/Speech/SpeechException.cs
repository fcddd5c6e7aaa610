namespace CommuneRadio.Content.Speech;

/// <summary>Text-to-speech or compression failed: a tool is missing, failed, or ran out of time. The message says which and why.</summary>
public sealed class SpeechException : Exception
{
    public SpeechException()
    {
    }

    public SpeechException(string message)
        : base(message)
    {
    }

    public SpeechException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
