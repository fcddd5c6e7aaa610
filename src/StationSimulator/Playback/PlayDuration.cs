using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Playback;

/// <summary>How long a play lasts: the media's duration, or for text an estimate of speaking it.</summary>
public static class PlayDuration
{
    /// <summary>Vietnamese text-to-speech reads about 14 characters a second.</summary>
    public const double TextCharactersPerSecond = 14;

    public static readonly TimeSpan MinimumTextDuration = TimeSpan.FromSeconds(2);

    /// <summary>The real-time duration of one play of <paramref name="command"/>, or null when it carries nothing playable.</summary>
    public static TimeSpan? Of(DeviceCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Media is { DurationS: > 0 and var seconds } && double.IsFinite(seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (!string.IsNullOrWhiteSpace(command.Text))
        {
            var estimate = TimeSpan.FromSeconds(command.Text.Length / TextCharactersPerSecond);
            return estimate > MinimumTextDuration ? estimate : MinimumTextDuration;
        }

        return null;
    }

    /// <summary><paramref name="realTime"/> shortened by the playback speed; never zero, so a timer is always needed.</summary>
    public static TimeSpan Scale(TimeSpan realTime, double playbackSpeed)
    {
        var ticks = realTime.Ticks / playbackSpeed;
        return ticks >= 1 ? TimeSpan.FromTicks((long)Math.Min(ticks, TimeSpan.MaxValue.Ticks / 2)) : TimeSpan.FromTicks(1);
    }
}
