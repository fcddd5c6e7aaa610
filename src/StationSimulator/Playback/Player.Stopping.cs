using CommuneRadio.StationSimulator.Commands;

namespace CommuneRadio.StationSimulator.Playback;

internal sealed partial class Player
{
    /// <summary>Stops <paramref name="cmdId"/> (playing, pausing or waiting); false when it is none of those.</summary>
    public bool Stop(string cmdId)
    {
        var item = _active?.CmdId == cmdId ? _active : _waiting.Find(w => w.CmdId == cmdId);
        if (item is null)
        {
            return false;
        }

        Interrupt(item, AckReasons.Stopped);
        return true;
    }

    /// <summary>Stops whatever holds the loudspeakers; items waiting for their notBefore stay.</summary>
    public void StopActive()
    {
        if (_active is { } active)
        {
            Interrupt(active, AckReasons.Stopped);
        }
    }

    /// <summary>Ends everything, active and waiting, acking each failed with <paramref name="reason"/> (a restart).</summary>
    public void StopAll(string reason)
    {
        foreach (var item in _waiting.ToArray().Append(_active).OfType<PlayItem>())
        {
            Interrupt(item, reason);
        }
    }

    /// <summary>Ends everything without acking (the device is stopping): timers are disposed.</summary>
    public void Halt()
    {
        foreach (var item in _waiting.Append(_active).OfType<PlayItem>())
        {
            item.Phase = PlayPhase.Ended;
            item.DisposeTimer();
        }

        _waiting.Clear();
        _active = null;
    }
}
