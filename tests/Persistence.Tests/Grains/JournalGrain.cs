using CommuneRadio.Runtime;

namespace CommuneRadio.Persistence.Tests.Grains;

public sealed class JournalGrain([PersistentState("journal")] IPersistentState<JournalState> state) : Grain, IJournalGrain
{
    public async Task AppendAsync(string entry)
    {
        state.State.Entries.Add(entry);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<string>> ReadAsync() => Task.FromResult<IReadOnlyList<string>>(state.State.Entries.ToList());

    public Task WakeMeAsync(TimeSpan dueTime, TimeSpan period) => RegisterOrUpdateReminder("wake", dueTime, period);

    public Task ReceiveReminder(string reminderName, TickStatus status) =>
        AppendAsync($"{reminderName} at {status.CurrentTickTime:HH:mm}");
}
