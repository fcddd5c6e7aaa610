using System.Globalization;
using CommuneRadio.Runtime;

namespace CommuneRadio.TestSupport.Runtime;

/// <summary>A reminder table in a dictionary, for unit tests of pure logic only.</summary>
public sealed class InMemoryReminderTable : IReminderTable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(GrainId, string), ReminderEntry> _entries = [];
    private long _version;

    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ReminderEntry>>(_entries.Values.ToList());
        }
    }

    public Task<string> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var eTag = (++_version).ToString(CultureInfo.InvariantCulture);
            _entries[(entry.GrainId, entry.ReminderName)] = entry with { ETag = eTag };
            return Task.FromResult(eTag);
        }
    }

    public Task<bool> RemoveAsync(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(
                _entries.TryGetValue((grainId, reminderName), out var entry) && entry.ETag == eTag && _entries.Remove((grainId, reminderName)));
        }
    }
}
