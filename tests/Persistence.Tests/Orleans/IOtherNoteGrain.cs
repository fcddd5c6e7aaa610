using Orleans;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

/// <summary>A second grain type whose state has the same name ("note") as <see cref="INoteGrain"/>'s.</summary>
[Alias("CommuneRadio.Persistence.Tests.IOtherNoteGrain")]
public interface IOtherNoteGrain : IGrainWithStringKey
{
    [Alias("Write")]
    Task WriteAsync(string text);

    [Alias("ReadStored")]
    Task<string?> ReadStoredAsync();
}
