namespace CommuneRadio.Runtime;

/// <summary>Implemented by grains that register durable reminders.</summary>
public interface IRemindable : IGrain
{
    /// <summary>
    /// A reminder tick, delivered as a turn. After a restart a reminder whose tick fell due while
    /// the process was down is delivered once at start, so treat a tick as "check what is due"
    /// rather than counting ticks.
    /// </summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}
