
namespace CommuneRadio.Runtime.Reminders;

/// <summary>One reminder's in-memory timer: arms the next tick, delivers it, re-arms after the grain handled it.</summary>
internal sealed class ScheduledReminder : IDisposable
{
    private readonly ReminderService _service;
    private readonly ITimer _timer;
    private DateTimeOffset _tickTime;
    private volatile bool _disposed;

    public ScheduledReminder(ReminderService service, ReminderEntry entry)
    {
        _service = service;
        Entry = entry;
        _timer = service.Catalog.TimeProvider.CreateTimer(
            static state => ((ScheduledReminder)state!).Fire(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public ReminderEntry Entry { get; }

    /// <summary>Arms the first tick; with <paramref name="catchUp"/>, a tick already due fires at once.</summary>
    public void Start(bool catchUp)
    {
        var now = _service.Catalog.TimeProvider.GetUtcNow();
        if (now < Entry.StartAt)
        {
            Arm(Entry.StartAt, now);
        }
        else if (catchUp)
        {
            Arm(Entry.StartAt + (Ticks(now) * Entry.Period), now);
        }
        else
        {
            Arm(Entry.StartAt + ((Ticks(now) + 1) * Entry.Period), now);
        }
    }

    /// <summary>Called when the grain handled (or failed) a tick: arms the next one after now.</summary>
    public void ArmNext()
    {
        var now = _service.Catalog.TimeProvider.GetUtcNow();
        var next = Entry.StartAt + ((Ticks(now) + 1) * Entry.Period);
        Arm(next <= _tickTime ? _tickTime + Entry.Period : next, now);
    }

    public void Dispose()
    {
        _disposed = true;
        _timer.Dispose();
    }

    private long Ticks(DateTimeOffset now) => now < Entry.StartAt ? -1 : (now - Entry.StartAt).Ticks / Entry.Period.Ticks;

    private void Arm(DateTimeOffset tickTime, DateTimeOffset now)
    {
        if (_disposed)
        {
            return;
        }

        _tickTime = tickTime;
        var due = tickTime - now;
        _timer.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    private void Fire()
    {
        if (_disposed)
        {
            return;
        }

        var status = new TickStatus(Entry.StartAt, Entry.Period, _tickTime);
        _service.Catalog.Route(Entry.GrainId, new ReminderTick(this, status));
    }
}
