namespace CommuneRadio.Grains.Stations;

/// <summary>
/// Tells new heartbeats from duplicates and stale ones without trusting the device's clock, only
/// its <c>seq</c> (growing within a boot) and <c>uptimeS</c>, against the system's receive times.
/// </summary>
/// <remarks>
/// A newer seq is new. A seq that is not newer is a duplicate or a late message — unless the device
/// restarted: then its uptime is no longer than the time since we last heard it (plus a tolerance
/// for delay). A message whose boot time (received minus uptime) lies well before the current
/// boot's is from an earlier boot and is dropped even with a high seq. Messages can arrive late
/// (a device flushing its queue after a link drop), which makes boot times look later, never
/// earlier; so the current boot's time only moves earlier, except at a detected restart.
/// </remarks>
internal sealed class BootTracker
{
    private DateTimeOffset _bootAt;
    private DateTimeOffset _lastReceivedAt;
    private long _lastSeq = -1;

    /// <summary>True when the heartbeat is new; records it.</summary>
    public bool Accept(DateTimeOffset receivedAt, long uptimeS, long seq, TimeSpan tolerance)
    {
        var uptime = TimeSpan.FromSeconds(uptimeS);
        var bootAt = receivedAt - uptime;
        if (_lastSeq < 0)
        {
            Record(bootAt, receivedAt, seq);
            return true;
        }

        if (bootAt < _bootAt - tolerance)
        {
            return false; // from a boot before the current one
        }

        if (seq > _lastSeq)
        {
            Record(bootAt < _bootAt ? bootAt : _bootAt, receivedAt, seq);
            return true;
        }

        if (uptime <= receivedAt - _lastReceivedAt + tolerance)
        {
            Record(bootAt, receivedAt, seq); // restarted since we last heard it: seq starts over
            return true;
        }

        return false;
    }

    private void Record(DateTimeOffset bootAt, DateTimeOffset receivedAt, long seq)
    {
        _bootAt = bootAt;
        _lastSeq = seq;
        if (receivedAt > _lastReceivedAt)
        {
            _lastReceivedAt = receivedAt;
        }
    }
}
