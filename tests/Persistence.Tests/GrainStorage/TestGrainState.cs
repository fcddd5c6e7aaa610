using CommuneRadio.Runtime;

namespace CommuneRadio.Persistence.Tests.GrainStorage;

/// <summary>The record a storage provider reads into and writes from, as a grain's state holds it.</summary>
public sealed class TestGrainState<T>(T state) : IGrainState<T>
{
    public T State { get; set; } = state;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
