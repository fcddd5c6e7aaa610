using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Playback;

/// <summary>One accepted <c>play</c> command on one device. Mutated only under the device's lock.</summary>
internal sealed class PlayItem(DeviceCommand command, TimeSpan playTime, int repeat, TimeSpan pause)
{
    public DeviceCommand Command { get; } = command;

    public string CmdId => Command.CmdId;

    public BroadcastPriority Priority => Command.Priority;

    /// <summary>How long one play lasts on the device's clock (the media duration divided by the playback speed).</summary>
    public TimeSpan PlayTime { get; } = playTime;

    public int Repeat { get; } = repeat;

    /// <summary>The pause between repetitions, scaled like <see cref="PlayTime"/>.</summary>
    public TimeSpan Pause { get; } = pause;

    public PlayPhase Phase { get; set; } = PlayPhase.Waiting;

    /// <summary>Plays started so far (the current one included).</summary>
    public int Started { get; set; }

    public int Volume { get; set; }

    /// <summary>Number of the step the timer is armed for; a callback of an older step is ignored.</summary>
    public long Step { get; set; }

    /// <summary>The one timer of the item's next step; replaced at each step, disposed when it ends.</summary>
    public ITimer? Timer { get; set; }

    public void DisposeTimer()
    {
        Timer?.Dispose();
        Timer = null;
    }
}
