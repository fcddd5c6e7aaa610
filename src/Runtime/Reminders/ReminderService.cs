using System.Collections.Concurrent;

namespace CommuneRadio.Runtime.Reminders;

/// <summary>
/// Keeps every reminder of the reminder table scheduled in memory and delivers its ticks to the
/// grain through the catalog, activating the grain when needed. The table is the truth: it is
/// read at start, and every registration is written to it before it is scheduled.
/// </summary>
internal sealed class ReminderService(GrainCatalog catalog, IReminderTable table)
{
    private readonly ConcurrentDictionary<(GrainId, string), ScheduledReminder> _reminders = new();
    private volatile bool _stopped;

    internal GrainCatalog Catalog => catalog;

    public int Count => _reminders.Count;

    /// <summary>Loads and schedules every stored reminder; a tick that fell due while the process was down fires now.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var entries = await table.ReadAllAsync(cancellationToken).ConfigureAwait(false);
        foreach (var entry in entries)
        {
            Schedule(entry, catchUp: true);
        }

        RuntimeLog.RemindersLoaded(catalog.Logger, entries.Count);
    }

    public async Task<IGrainReminder> RegisterOrUpdateAsync(GrainId grainId, string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reminderName);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        if (period < catalog.Options.MinimumReminderPeriod)
        {
            throw new ArgumentOutOfRangeException(
                nameof(period), period, $"A reminder period must be at least {catalog.Options.MinimumReminderPeriod}.");
        }

        var entry = new ReminderEntry(grainId, reminderName, catalog.TimeProvider.GetUtcNow() + dueTime, period, null);
        var eTag = await table.UpsertAsync(entry, catalog.StoppingToken).ConfigureAwait(false);
        entry = entry with { ETag = eTag };
        Schedule(entry, catchUp: false);
        return entry;
    }

    public async Task UnregisterAsync(GrainId grainId, IGrainReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (_reminders.TryRemove((grainId, reminder.ReminderName), out var scheduled))
        {
            scheduled.Dispose();
            await table.RemoveAsync(grainId, reminder.ReminderName, scheduled.Entry.ETag!, catalog.StoppingToken)
                .ConfigureAwait(false);
        }
    }

    public IGrainReminder? Get(GrainId grainId, string reminderName) =>
        _reminders.TryGetValue((grainId, reminderName), out var scheduled) ? scheduled.Entry : null;

    /// <summary>Stops every timer; stored reminders stay in the table for the next start.</summary>
    public void Stop()
    {
        _stopped = true;
        foreach (var scheduled in _reminders.Values)
        {
            scheduled.Dispose();
        }

        _reminders.Clear();
    }

    private void Schedule(ReminderEntry entry, bool catchUp)
    {
        if (_stopped)
        {
            return;
        }

        var scheduled = new ScheduledReminder(this, entry);
        _reminders.AddOrUpdate((entry.GrainId, entry.ReminderName), scheduled, (_, old) =>
        {
            old.Dispose();
            return scheduled;
        });
        scheduled.Start(catchUp);
    }
}
