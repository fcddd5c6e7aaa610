using CommuneRadio.Grains.Events;

namespace CommuneRadio.Grains.Stations;

/// <summary>
/// Liveness: one grain timer armed at the earliest moment an online device would have missed its
/// heartbeats. A heartbeat never makes that moment earlier, so heartbeats only arm the timer when
/// none is armed; each tick takes the expired devices offline and re-arms for the next.
/// </summary>
public sealed partial class StationGrain
{
    private IGrainTimer? _liveness;
    private bool _livenessArmed;

    private void ArmLiveness()
    {
        var deadlines = _devices.Values
            .Where(d => d.Online && d.LastSeen is not null)
            .Select(d => d.LastSeen!.Value + _options.OfflineAfter)
            .ToList();
        if (deadlines.Count == 0)
        {
            _liveness?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _livenessArmed = false;
            return;
        }

        var due = deadlines.Min() - _time.GetUtcNow();
        if (due < TimeSpan.Zero)
        {
            due = TimeSpan.Zero;
        }

        if (_liveness is null)
        {
            _liveness = this.RegisterGrainTimer(CheckLivenessAsync, due, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _liveness.Change(due, Timeout.InfiniteTimeSpan);
        }

        _livenessArmed = true;
    }

    private async Task CheckLivenessAsync(CancellationToken cancellationToken)
    {
        _livenessArmed = false;
        var now = _time.GetUtcNow();
        var expired = _devices.Values.Where(d => d.Online && d.LastSeen + _options.OfflineAfter <= now).ToList();
        if (expired.Count > 0)
        {
            await SetOnlineAsync(expired, false, now, $"no heartbeat for {_options.OfflineAfter.TotalSeconds:0} s");
        }

        ArmLiveness();
    }

    /// <summary>Moves devices online or offline, then the station's roll-up, and records every change.</summary>
    private async Task SetOnlineAsync(IReadOnlyList<LiveDevice> devices, bool online, DateTimeOffset at, string reason)
    {
        var transitions = new List<StatusTransition>(devices.Count + 1);
        foreach (var device in devices)
        {
            device.Online = online;
            device.Since = at;
            transitions.Add(new StatusTransition(StationId, device.Record.Id, online ? "online" : "offline", at, reason));
        }

        AddHealthTransition(transitions, at, reason);
        await RecordAsync(transitions);
        if (online && !_livenessArmed)
        {
            ArmLiveness();
        }

        if (online)
        {
            await OfferAlertsOnReconnectAsync(devices, at);
        }
    }

    private async Task RecordHealthAsync(string reason)
    {
        var transitions = new List<StatusTransition>(1);
        AddHealthTransition(transitions, _time.GetUtcNow(), reason);
        await RecordAsync(transitions);
    }

    private void AddHealthTransition(List<StatusTransition> transitions, DateTimeOffset at, string reason)
    {
        var online = _devices.Values.Count(d => d.Online);
        var health = online == 0 ? StationHealth.Down : online == _devices.Count ? StationHealth.Up : StationHealth.Degraded;
        if (health != _health)
        {
            _health = health;
            _healthSince = at;
            transitions.Add(new StatusTransition(StationId, null, health.ToString().ToLowerInvariant(), at, reason));
        }
    }

    private async Task RecordAsync(List<StatusTransition> transitions)
    {
        if (transitions.Count == 0)
        {
            return;
        }

        await Task.WhenAll(transitions.Select(t => _history.AppendAsync(t)));
        foreach (var transition in transitions)
        {
            _events.Publish(transition);
        }

        if (transitions.Exists(t => t.DeviceId is null))
        {
            StationLog.Transitions(_logger, StationId, transitions.Count, transitions[^1].State, transitions[^1].Reason);
        }
        else
        {
            StationLog.DeviceTransitions(_logger, StationId, transitions.Count, transitions[^1].State, transitions[^1].Reason);
        }
    }
}
