using System.Text.Json;
using CommuneRadio.Runtime;

namespace CommuneRadio.TestSupport.Runtime;

/// <summary>
/// Grain storage in a dictionary, for unit tests of pure logic only. It keeps state as JSON, as
/// the PostgreSQL storage does, so a grain never shares objects with its stored copy, and it
/// applies the same ETag rules.
/// </summary>
public sealed class InMemoryGrainStorage : IGrainStorage
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(GrainId, string), (string Json, long Version)> _records = [];

    public int WriteCount { get; private set; }

    public Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_records.TryGetValue((grainId, stateName), out var record))
            {
                grainState.State = JsonSerializer.Deserialize<TState>(record.Json)!;
                grainState.ETag = record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
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

    public Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var stored = _records.TryGetValue((grainId, stateName), out var record) ? record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            if (stored != grainState.ETag)
            {
                throw new InconsistentStateException(stateName, grainId, stored, grainState.ETag);
            }

            var version = record.Version + 1;
            _records[(grainId, stateName)] = (JsonSerializer.Serialize(grainState.State), version);
            grainState.ETag = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
            WriteCount++;
        }

        return Task.CompletedTask;
    }

    public Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var stored = _records.TryGetValue((grainId, stateName), out var record) ? record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            if (stored != grainState.ETag)
            {
                throw new InconsistentStateException(stateName, grainId, stored, grainState.ETag);
            }

            _records.Remove((grainId, stateName));
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }
}
