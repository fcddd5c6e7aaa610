using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Stations;

/// <summary>
/// Desired volume and amplifier state: what operators set is stored; what devices report is
/// compared with it on every heartbeat, and a device out of line is sent a correction — once, then
/// again only if it is still out of line after <see cref="StationOptions.CorrectionRetryAfter"/>.
/// </summary>
public sealed partial class StationGrain
{
    public async Task<SettingOutcome> SetDesiredVolumeAsync(int volume, string? deviceId)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(volume, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(volume, 100);
        if (Target(deviceId) is { } refused)
        {
            return refused;
        }

        if (deviceId is null)
        {
            _state.State.DesiredVolume = volume;
            foreach (var settings in _state.State.Devices.Values)
            {
                settings.Volume = null;
            }
        }
        else
        {
            SettingsOf(deviceId).Volume = volume;
        }

        var cmdId = $"volume-{++_state.State.SettingsVersion}";
        await _state.WriteStateAsync();
        await SendSettingAsync(deviceId, new DeviceCommand { CmdId = cmdId, Type = CommandType.Volume, Volume = volume }, d => d.PendingVolume = new Correction(cmdId, _time.GetUtcNow()));
        return SettingOutcome.Applied;
    }

    public async Task<SettingOutcome> SetDesiredAmpAsync(bool on, string? deviceId)
    {
        if (Target(deviceId) is { } refused)
        {
            return refused;
        }

        var amp = on ? DeviceAmp.On : DeviceAmp.Off;
        if (deviceId is null)
        {
            _state.State.DesiredAmp = amp;
            foreach (var settings in _state.State.Devices.Values)
            {
                settings.Amp = null;
            }
        }
        else
        {
            SettingsOf(deviceId).Amp = amp;
        }

        var cmdId = $"amp-{++_state.State.SettingsVersion}";
        await _state.WriteStateAsync();
        await SendSettingAsync(deviceId, new DeviceCommand { CmdId = cmdId, Type = CommandType.Amp, Amp = amp.ToProtocol() }, d => d.PendingAmp = new Correction(cmdId, _time.GetUtcNow()));
        return SettingOutcome.Applied;
    }

    private int? DesiredVolume(string deviceId) =>
        _state.State.Devices.TryGetValue(deviceId, out var settings) && settings.Volume is { } own ? own : _state.State.DesiredVolume;

    private DeviceAmp? DesiredAmp(string deviceId) =>
        _state.State.Devices.TryGetValue(deviceId, out var settings) && settings.Amp is { } own ? own : _state.State.DesiredAmp;

    /// <summary>After a heartbeat: sends what it takes to bring the device to its desired settings.</summary>
    private async Task CorrectAsync(LiveDevice device, DateTimeOffset now)
    {
        var reported = device.Last!;
        if (DesiredVolume(device.Record.Id) is { } volume && reported.Volume != volume && Due(device.PendingVolume, now))
        {
            var cmdId = $"volume-{_state.State.SettingsVersion}-fix-{++device.Corrections}";
            device.PendingVolume = new Correction(cmdId, now);
            await TrySendAsync(device.Record.Id, new DeviceCommand { CmdId = cmdId, Type = CommandType.Volume, Volume = volume });
            StationLog.Corrected(_logger, StationId, device.Record.Id, "volume", reported.Volume.ToString(System.Globalization.CultureInfo.InvariantCulture), volume.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (DesiredVolume(device.Record.Id) == reported.Volume)
        {
            device.PendingVolume = null;
        }

        if (DesiredAmp(device.Record.Id) is { } amp && reported.Amp is { } reportedAmp && reportedAmp != amp && Due(device.PendingAmp, now))
        {
            var cmdId = $"amp-{_state.State.SettingsVersion}-fix-{++device.Corrections}";
            device.PendingAmp = new Correction(cmdId, now);
            await TrySendAsync(device.Record.Id, new DeviceCommand { CmdId = cmdId, Type = CommandType.Amp, Amp = amp.ToProtocol() });
            StationLog.Corrected(_logger, StationId, device.Record.Id, "amp", reportedAmp.ToString(), amp.ToString());
        }
        else if (DesiredAmp(device.Record.Id) == reported.Amp)
        {
            device.PendingAmp = null;
        }
    }

    /// <summary>An ack for a settings command: done clears it; failed or rejected lets the next heartbeat try again.</summary>
    private void SettleCorrection(LiveDevice device, DeviceAckReport ack)
    {
        if (ack.State is DeviceAckState.Received or DeviceAckState.Playing)
        {
            return;
        }

        if (device.PendingVolume?.CmdId == ack.CmdId)
        {
            device.PendingVolume = null;
        }

        if (device.PendingAmp?.CmdId == ack.CmdId)
        {
            device.PendingAmp = null;
        }

        if (ack.State is DeviceAckState.Failed or DeviceAckState.Rejected)
        {
            StationLog.CommandRefused(_logger, StationId, device.Record.Id, ack.CmdId, ack.State, ack.Reason ?? "");
        }
    }

    private bool Due(Correction? pending, DateTimeOffset now) => pending is null || now - pending.SentAt >= _options.CorrectionRetryAfter;

    private SettingOutcome? Target(string? deviceId) =>
        _registration is null ? SettingOutcome.UnknownStation
        : deviceId is not null && !_devices.ContainsKey(deviceId) ? SettingOutcome.UnknownDevice
        : null;

    private DeviceSettings SettingsOf(string deviceId)
    {
        if (!_state.State.Devices.TryGetValue(deviceId, out var settings))
        {
            _state.State.Devices[deviceId] = settings = new DeviceSettings();
        }

        return settings;
    }

    /// <summary>Sends a settings change to one device or the whole station, marking the online devices it reaches as pending.</summary>
    private async Task SendSettingAsync(string? deviceId, DeviceCommand command, Action<LiveDevice> markPending)
    {
        foreach (var device in _devices.Values.Where(d => d.Online && (deviceId is null || d.Record.Id == deviceId)))
        {
            markPending(device);
        }

        await TrySendAsync(deviceId, command);
    }

    /// <summary>
    /// A command that does not reach the broker is not lost: the desired state is stored, and the
    /// next heartbeat that reports a difference sends it again.
    /// </summary>
    private async Task TrySendAsync(string? deviceId, DeviceCommand command)
    {
        try
        {
            await _commands.SendAsync(StationId, deviceId, command with { IssuedAt = _time.GetUtcNow() });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            StationLog.SendFailed(_logger, StationId, deviceId ?? "*", command.CmdId, e);
        }
    }
}
