using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Faults;
using CommuneRadio.StationSimulator.Publishing;

namespace CommuneRadio.StationSimulator.Devices;

public sealed partial class SimulatedDevice
{
    /// <summary>
    /// Sends a heartbeat now (also while <see cref="DeviceFaults.Silent"/>), outside the periodic
    /// schedule, and completes with it once published. Throws <see cref="InvalidOperationException"/>
    /// when the device is offline.
    /// </summary>
    public async Task<Heartbeat> SendHeartbeatAsync(CancellationToken cancellationToken = default)
    {
        var sent = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Heartbeat heartbeat;
        lock (_gate)
        {
            heartbeat = EnqueueHeartbeat(sent);
        }

        return await sent.Task.WaitAsync(cancellationToken).ConfigureAwait(false)
            ? heartbeat
            : throw new InvalidOperationException($"Device {this} is offline; heartbeat {heartbeat.Seq} was not sent.");
    }

    /// <summary>Publishes a broken heartbeat of <paramref name="kind"/> on the device's own heartbeat topic; completes once published.</summary>
    public async Task<byte[]> PublishMalformedAsync(MalformedKind kind, CancellationToken cancellationToken = default)
    {
        byte[] payload;
        lock (_gate)
        {
            payload = MalformedPayloads.Build(kind, BuildHeartbeat(_seq + 1));
        }

        var sent = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _telemetry.Enqueue(new OutgoingMessage
        {
            Kind = OutgoingKind.Malformed,
            Message = Message(Topics.Heartbeat, payload, _options.HeartbeatQualityOfService),
            Completion = sent,
        });
        return await sent.Task.WaitAsync(cancellationToken).ConfigureAwait(false)
            ? payload
            : throw new InvalidOperationException($"Device {this} is offline; the malformed payload was not sent.");
    }

    /// <summary>Stops heartbeats while staying connected (a hung controller); <see cref="Resume"/> undoes it.</summary>
    public void GoSilent() => Faults = Faults with { Silent = true };

    /// <summary>Heartbeats again after <see cref="GoSilent"/>, the next one at once.</summary>
    public void Resume()
    {
        Faults = Faults with { Silent = false };
        lock (_gate)
        {
            if (_online.IsOpen && _run == DeviceRunState.Running)
            {
                EnqueueHeartbeat();
                ArmHeartbeat();
            }
        }
    }

    private void OnHeartbeatDue()
    {
        lock (_gate)
        {
            if (_run != DeviceRunState.Running || !_online.IsOpen)
            {
                return;
            }

            if (!Faults.Silent)
            {
                EnqueueHeartbeat();
            }

            ArmHeartbeat();
        }
    }

    /// <summary>Arms the next periodic heartbeat: the interval, varied by up to ± jitter. Call under the lock.</summary>
    private void ArmHeartbeat()
    {
        var factor = 1 + (_options.HeartbeatJitter * ((2 * _random.NextDouble()) - 1));
        var due = TimeSpan.FromTicks(Math.Max(1, (long)(_options.HeartbeatInterval.Ticks * factor)));
        _heartbeatTimer.Change(due, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Queues the next heartbeat of this boot. Call under the lock.</summary>
    private Heartbeat EnqueueHeartbeat(TaskCompletionSource<bool>? sent = null)
    {
        var heartbeat = BuildHeartbeat(++_seq);
        _telemetry.Enqueue(new OutgoingMessage
        {
            Kind = OutgoingKind.Heartbeat,
            Message = Message(Topics.Heartbeat, DeviceMessages.Write(heartbeat), _options.HeartbeatQualityOfService),
            Subject = heartbeat,
            DropWhenOffline = true,
            Completion = sent,
        });
        return heartbeat;
    }

    private Heartbeat BuildHeartbeat(long seq)
    {
        // The signal wanders a few dB around the device's usual level.
        _rssi = Math.Clamp(_rssi + _random.Next(-2, 3), Profile.BaseRssi - 8, Math.Min(0, Profile.BaseRssi + 8));
        var sounding = _player.Sounding;
        return new Heartbeat
        {
            Seq = seq,
            UptimeS = Uptime(),
            Volume = _volume,
            State = CurrentState(),
            ItemId = sounding?.CmdId,
            Rssi = _rssi,
            Firmware = Profile.Firmware,
            Gps = Profile.Gps,
            Amp = _amp,
            ScheduleVersion = _scheduleVersion,
            SentAt = DeviceNow(),
        };
    }
}
