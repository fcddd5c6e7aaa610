using Orleans;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

/// <summary>The state of the test grains: what an engineer should find as JSON in orleans_grain_state.</summary>
[GenerateSerializer]
[Alias("CommuneRadio.Persistence.Tests.NoteState")]
public sealed class NoteState
{
    [Id(0)]
    public string? Text { get; set; }

    [Id(1)]
    public int Writes { get; set; }
}
