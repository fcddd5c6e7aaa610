using CommuneRadio.Runtime;

namespace CommuneRadio.Persistence.Tests.Grains;

/// <summary>Appends entries and writes its state on every call: each acknowledged call is stored.</summary>
public interface IJournalGrain : IGrainWithStringKey, IRemindable
{
    Task AppendAsync(string entry);

    Task<IReadOnlyList<string>> ReadAsync();

    Task WakeMeAsync(TimeSpan dueTime, TimeSpan period);
}
