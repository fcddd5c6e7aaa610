namespace CommuneRadio.Content.Audio;

/// <summary>
/// The outcome of <see cref="AudioProbe.Read"/>: the audio's <see cref="Info"/>, or why the bytes
/// are refused — not audio of an accepted kind (<see cref="Unsupported"/>), or audio of a known kind
/// that is truncated or damaged.
/// </summary>
public sealed record AudioProbeResult(AudioInfo? Info, string? Problem, bool Unsupported)
{
    public bool Succeeded => Info is not null;

    public static AudioProbeResult Of(AudioFormat format, TimeSpan duration) => new(new AudioInfo(format, duration), null, false);

    public static AudioProbeResult NotAudio(string problem) => new(null, problem, true);

    public static AudioProbeResult Damaged(string problem) => new(null, problem, false);
}
