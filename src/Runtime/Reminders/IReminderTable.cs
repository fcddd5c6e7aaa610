namespace CommuneRadio.Runtime;

/// <summary>Durable storage of reminders. Implementations are singletons and thread-safe.</summary>
public interface IReminderTable
{
    Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the reminder with the entry's grain id and name; returns the new ETag.</summary>
    Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Removes the reminder if its ETag still matches; false when it changed or is gone.</summary>
    Task<bool> RemoveAsync(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken = default);
}
