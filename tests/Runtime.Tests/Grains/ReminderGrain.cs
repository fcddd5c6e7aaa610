namespace CommuneRadio.Runtime.Tests.Grains;

public sealed class ReminderGrain(GrainProbe probe) : Grain, IReminderGrain
{
    public Task RegisterAsync(string name, TimeSpan dueTime, TimeSpan period) => RegisterOrUpdateReminder(name, dueTime, period);

    public async Task UnregisterAsync(string name)
    {
        if (await GetReminder(name) is { } reminder)
        {
            await UnregisterReminder(reminder);
        }
    }

    public async Task<bool> HasReminderAsync(string name) => await GetReminder(name) is not null;

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        probe.Record($"{GetPrimaryKeyString()} {reminderName} {status.CurrentTickTime:HH:mm}");
        return Task.CompletedTask;
    }
}
