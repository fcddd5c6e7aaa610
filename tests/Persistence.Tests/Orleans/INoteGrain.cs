using Orleans;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

/// <summary>A grain with persistent state and reminders, to drive the PostgreSQL providers through a silo.</summary>
[Alias("CommuneRadio.Persistence.Tests.INoteGrain")]
public interface INoteGrain : IGrainWithStringKey
{
    [Alias("Write")]
    Task WriteAsync(string text);

    /// <summary>Reads the state again from storage and returns its text.</summary>
    [Alias("ReadStored")]
    Task<string?> ReadStoredAsync();

    [Alias("Clear")]
    Task ClearAsync();

    [Alias("Remind")]
    Task RemindAsync(string name, TimeSpan period);

    [Alias("Reminders")]
    Task<string[]> RemindersAsync();
}
