using CommuneRadio.Runtime.Activations;

namespace CommuneRadio.Runtime.Reminders;

/// <summary>A reminder tick queued on a grain: delivered as a turn, then the next tick is armed.</summary>
internal sealed class ReminderTick(ScheduledReminder reminder, TickStatus status) : WorkItem
{
    public override async Task Execute(Activation activation)
    {
        try
        {
            if (activation.Grain is not IRemindable remindable)
            {
                throw new InvalidOperationException($"{activation.Class.Type.Name} does not implement IRemindable.");
            }

            await remindable.ReceiveReminder(reminder.Entry.ReminderName, status).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            RuntimeLog.ReminderFailed(activation.Catalog.Logger, reminder.Entry.ReminderName, activation.Id, e);
        }
        finally
        {
            reminder.ArmNext();
        }
    }

    public override void Redirect(GrainCatalog catalog, GrainId grainId) => catalog.Route(grainId, this);

    // Activation failed or the runtime stops: this tick is lost, the next one is armed.
    public override void Fail(Exception exception) => reminder.ArmNext();
}
