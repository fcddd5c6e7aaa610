using CommuneRadio.Grains.Registry;
using CommuneRadio.Grains.Stations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Grains.Alerts;

/// <summary>
/// One alert. Each step is written to its state before it is acted on: the stations it targets
/// before any is told, each station once it took the order. A durable reminder sweeps while it is
/// on air — stations added under its areas, stations that could not be reached — and ends it when it
/// expires; after a restart the reminder's catch-up tick resumes the fan-out where it stopped.
/// Its grain type is named explicitly: stored state and reminders are keyed by it.
/// </summary>
[GrainType("alert")]
public sealed partial class AlertGrain : Grain, IAlertGrain, IRemindable
{
    private const string SweepReminder = "sweep";

    private readonly IPersistentState<AlertState> _state;
    private readonly IAreaRegistry _areas;
    private readonly IStationRegistry _stations;
    private readonly IAlertDirectory _directory;
    private readonly IAlertDeliveries _deliveries;
    private readonly AlertOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<AlertGrain> _logger;

    public AlertGrain(
        [PersistentState("alert")] IPersistentState<AlertState> state,
        IAreaRegistry areas,
        IStationRegistry stations,
        IAlertDirectory directory,
        IAlertDeliveries deliveries,
        IOptions<AlertOptions> options,
        TimeProvider time,
        ILogger<AlertGrain> logger)
    {
        _state = state;
        _areas = areas;
        _stations = stations;
        _directory = directory;
        _deliveries = deliveries;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    private string AlertId => this.GetPrimaryKeyString();

    private AlertRecord? Alert
    {
        get => _state.State.Alert;
        set => _state.State.Alert = value;
    }

    public Task<AlertRecord?> GetAsync() => Task.FromResult(Alert);

    public async Task<AlertCommandResult> IssueAsync(AlertCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var message = command.Message;
        if (message.MessageType != AlertMessageType.Alert)
        {
            return AlertCommandResult.Refused(AlertRefusalKind.Conflict, $"a {message.MessageType} revises an alert; it does not start one");
        }

        if (Alert is { } existing)
        {
            return existing.Message.Sent == message.Sent && existing.Message.Sender == message.Sender
                ? AlertCommandResult.Done(existing)
                : AlertCommandResult.Refused(AlertRefusalKind.Conflict, $"alert '{AlertId}' already exists with other content; send an Update referencing it");
        }

        var now = _time.GetUtcNow();
        var cmdId = AlertCommands.CmdId(AlertId, 1);
        Alert = new AlertRecord
        {
            Id = AlertId,
            Message = message,
            Phase = command.RequiresConfirmation ? AlertPhase.AwaitingConfirmation : AlertPhase.Active,
            CmdId = cmdId,
            IssuedBy = command.Operator,
            CreatedAt = now,
            UpdatedAt = now,
            Stations = await ResolveAsync(message, known: new HashSet<string>()),
            Revisions = [new AlertRevision(message.Identifier, message.MessageType, command.Operator, now, cmdId)],
        };

        // Stored with its stations before any is told; the reminder is registered while they are.
        await SaveAsync();
        AlertLog.Issued(_logger, AlertId, message.Event, command.Operator, string.Join(",", message.AreaCodes), Alert.Phase);
        await Task.WhenAll(
            this.RegisterOrUpdateReminder(SweepReminder, _options.SweepPeriod, _options.SweepPeriod),
            Alert.Phase == AlertPhase.Active ? TellStationsAsync() : Task.CompletedTask);
        return AlertCommandResult.Done(Alert);
    }

    public async Task<AlertCommandResult> ConfirmAsync(string operatorName)
    {
        if (Alert is not { } alert)
        {
            return AlertCommandResult.Refused(AlertRefusalKind.NotFound, $"there is no alert '{AlertId}'");
        }

        if (alert.Phase != AlertPhase.AwaitingConfirmation)
        {
            return AlertCommandResult.Refused(AlertRefusalKind.Conflict, $"alert '{AlertId}' is {alert.Phase}, not awaiting confirmation");
        }

        if (string.Equals(alert.IssuedBy, operatorName, StringComparison.OrdinalIgnoreCase))
        {
            return AlertCommandResult.Refused(AlertRefusalKind.SameOperator, "a second operator must confirm; the one who issued it cannot");
        }

        Alert = alert with { Phase = AlertPhase.Active, ConfirmedBy = operatorName, UpdatedAt = _time.GetUtcNow() };
        await SaveAsync();
        AlertLog.Confirmed(_logger, AlertId, operatorName);
        await DispatchAsync();
        return AlertCommandResult.Done(Alert);
    }

    public async Task<AlertCommandResult> ReviseAsync(AlertCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Alert is not { } alert)
        {
            return AlertCommandResult.Refused(AlertRefusalKind.NotFound, $"there is no alert '{AlertId}' to {command.Message.MessageType.ToString().ToLowerInvariant()}");
        }

        if (alert.Phase is AlertPhase.Cancelled or AlertPhase.Expired)
        {
            return AlertCommandResult.Refused(AlertRefusalKind.Conflict, $"alert '{AlertId}' is already {alert.Phase.ToString().ToLowerInvariant()}");
        }

        var now = _time.GetUtcNow();
        AlertLog.Revised(_logger, AlertId, command.Message.MessageType, command.Operator);
        if (command.Message.MessageType == AlertMessageType.Cancel)
        {
            Alert = alert with
            {
                Phase = AlertPhase.Cancelled,
                UpdatedAt = now,
                Revisions = [.. alert.Revisions, new AlertRevision(command.Message.Identifier, AlertMessageType.Cancel, command.Operator, now, alert.CmdId)],
            };
            await SaveAsync();
            await Task.WhenAll(alert.Stations.Where(s => s.Dispatched).Select(s => GrainFactory.GetGrain<IStationGrain>(s.StationId).StopAlertAsync(AlertId)));
            await StopSweepingAsync();
            return AlertCommandResult.Done(Alert);
        }

        if (command.Message.MessageType != AlertMessageType.Update)
        {
            return AlertCommandResult.Refused(AlertRefusalKind.Conflict, "only an Update or a Cancel revises an alert");
        }

        // The content on air is replaced: a new command id, every station told again (they replace the old play).
        var cmdId = AlertCommands.CmdId(AlertId, alert.Revisions.Count(r => r.MessageType != AlertMessageType.Cancel) + 1);
        Alert = alert with
        {
            Message = command.Message,
            CmdId = cmdId,
            UpdatedAt = now,
            Stations = alert.Stations.Select(s => s with { Dispatched = false }).ToList(),
            Revisions = [.. alert.Revisions, new AlertRevision(command.Message.Identifier, AlertMessageType.Update, command.Operator, now, cmdId)],
        };
        await SaveAsync();
        if (Alert.Phase == AlertPhase.Active)
        {
            await DispatchAsync();
        }

        return AlertCommandResult.Done(Alert);
    }

    public async Task SweepAsync()
    {
        if (Alert is { Phase: AlertPhase.Active } alert && _time.GetUtcNow() < alert.Message.Expires)
        {
            await DispatchAsync();
        }
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (Alert is not { } alert || alert.Phase is AlertPhase.Cancelled or AlertPhase.Expired)
        {
            await StopSweepingAsync();
            return;
        }

        if (_time.GetUtcNow() >= alert.Message.Expires)
        {
            Alert = alert with { Phase = AlertPhase.Expired, UpdatedAt = _time.GetUtcNow() };
            await SaveAsync();
            AlertLog.Expired(_logger, AlertId);
            await StopSweepingAsync();
            return;
        }

        if (alert.Phase == AlertPhase.Active)
        {
            await DispatchAsync();
        }
    }

    /// <summary>
    /// Resolves the alert's areas to stations (adding any new ones), stores the targets, then tells
    /// every station not yet told — in parallel — and stores which took the order.
    /// </summary>
    private async Task DispatchAsync()
    {
        var alert = Alert!;
        var added = await ResolveAsync(alert.Message, alert.Stations.Select(s => s.StationId).ToHashSet(StringComparer.Ordinal));
        if (added.Count > 0)
        {
            Alert = alert with { Stations = [.. alert.Stations, .. added] };
            await SaveAsync();
        }

        await TellStationsAsync();
    }

    /// <summary>The stations under the alert's areas that are not in <paramref name="known"/>.</summary>
    private async Task<List<AlertStation>> ResolveAsync(AlertMessage message, IReadOnlySet<string> known)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in message.AreaCodes)
        {
            codes.UnionWith(await _areas.SubtreeAsync(code));
        }

        return (await _stations.ListAsync(codes))
            .Where(s => !known.Contains(s.Id))
            .Select(s => new AlertStation(s.Id, s.Name, s.AreaCode, s.Devices.Count, Dispatched: false))
            .ToList();
    }

    /// <summary>Tells every station not yet told, in parallel, and stores which took the order.</summary>
    private async Task TellStationsAsync()
    {
        var alert = Alert!;
        var pending = alert.Stations.Where(s => !s.Dispatched).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var order = AlertCommands.Order(AlertId, alert.Message, alert.CmdId, _options.DefaultVolume);
        var results = await Task.WhenAll(pending.Select(async s =>
        {
            try
            {
                var devices = await GrainFactory.GetGrain<IStationGrain>(s.StationId).StartAlertAsync(order);
                return (s.StationId, Devices: (int?)devices);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                AlertLog.DispatchFailed(_logger, AlertId, s.StationId, e);
                return (s.StationId, Devices: null);
            }
        }));
        var taken = results.Where(r => r.Devices is not null).ToDictionary(r => r.StationId, r => r.Devices!.Value, StringComparer.Ordinal);
        Alert = alert with
        {
            Stations = alert.Stations.Select(s => taken.TryGetValue(s.StationId, out var devices) ? s with { Dispatched = true, Devices = devices } : s).ToList(),
            UpdatedAt = _time.GetUtcNow(),
        };
        await SaveAsync();
        AlertLog.Dispatched(_logger, AlertId, Alert.Stations.Count(s => s.Dispatched), Alert.Stations.Count, Alert.Stations.Sum(s => s.Devices));
    }

    private async Task SaveAsync()
    {
        await _state.WriteStateAsync();
        await _directory.SaveAsync(Alert!);
    }

    /// <summary>The alert ended (cancelled or expired): no more sweeps, and its devices leave memory (they stay stored).</summary>
    private async Task StopSweepingAsync()
    {
        if (await this.GetReminder(SweepReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _deliveries.Forget(AlertId);
    }
}
