using Orleans;
using Orleans.Runtime;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

[GrainType("note")]
public sealed class NoteGrain([PersistentState("note")] IPersistentState<NoteState> note) : Grain, INoteGrain, IRemindable
{
    public async Task WriteAsync(string text)
    {
        note.State.Text = text;
        note.State.Writes++;
        await note.WriteStateAsync();
    }

    public async Task<string?> ReadStoredAsync()
    {
        await note.ReadStateAsync();
        return note.State.Text;
    }

    public Task ClearAsync() => note.ClearStateAsync();

    public Task RemindAsync(string name, TimeSpan period) => this.RegisterOrUpdateReminder(name, period, period);

    public async Task<string[]> RemindersAsync() =>
        (await this.GetReminders()).Select(r => r.ReminderName).Order(StringComparer.Ordinal).ToArray();

    // The tests register reminders due long after they end: they check that reminders are stored, not that they tick.
    public Task ReceiveReminder(string reminderName, TickStatus status) => Task.CompletedTask;
}
