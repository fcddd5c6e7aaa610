using System.Globalization;
using System.Text.Json;
using Orleans.Storage;

namespace CommuneRadio.TestSupport.Silos;

/// <summary>
/// Grain storage that outlives a <see cref="TestSilo"/>: a test hands one instance to a silo, stops
/// it and starts another on the same instance, as a restart on a database would. State is kept as
/// JSON (so no object is shared between activations) with a version as the ETag; a write with a
/// stale ETag is refused as a database would refuse it. Thread-safe.
/// </summary>
public sealed class DurableTestGrainStorage : IGrainStorage
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(GrainId, string), (string Json, long Version)> _records = [];

    public int WriteCount { get; private set; }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_gate)
        {
            if (_records.TryGetValue((grainId, stateName), out var record))
            {
                grainState.State = JsonSerializer.Deserialize<T>(record.Json)!;
                grainState.ETag = Tag(record.Version);
                grainState.RecordExists = true;
            }
            else
            {
                grainState.ETag = null;
                grainState.RecordExists = false;
            }
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_gate)
        {
            var stored = _records.TryGetValue((grainId, stateName), out var record) ? Tag(record.Version) : null;
            if (stored != grainState.ETag)
            {
                throw new InconsistentStateException($"{stateName} of {grainId}: stored ETag {stored}, written {grainState.ETag}", stored, grainState.ETag);
            }

            var version = record.Version + 1;
            _records[(grainId, stateName)] = (JsonSerializer.Serialize(grainState.State), version);
            grainState.ETag = Tag(version);
            grainState.RecordExists = true;
            WriteCount++;
        }

        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_gate)
        {
            var stored = _records.TryGetValue((grainId, stateName), out var record) ? Tag(record.Version) : null;
            if (stored != grainState.ETag)
            {
                throw new InconsistentStateException($"{stateName} of {grainId}: stored ETag {stored}, cleared {grainState.ETag}", stored, grainState.ETag);
            }

            _records.Remove((grainId, stateName));
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    private static string Tag(long version) => version.ToString(CultureInfo.InvariantCulture);
}
