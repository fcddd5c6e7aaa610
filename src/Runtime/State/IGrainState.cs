namespace CommuneRadio.Runtime;

/// <summary>The state record a storage provider reads into and writes from.</summary>
public interface IGrainState<TState>
{
    TState State { get; set; }

    string? ETag { get; set; }

    bool RecordExists { get; set; }
}
