using Orleans;
using Orleans.Runtime;

namespace CommuneRadio.Persistence.Tests.OrleansAdoNet;

[GrainType("other-note")]
public sealed class OtherNoteGrain([PersistentState("note")] IPersistentState<NoteState> note) : Grain, IOtherNoteGrain
{
    public async Task WriteAsync(string text)
    {
        note.State.Text = text;
        await note.WriteStateAsync();
    }

    public async Task<string?> ReadStoredAsync()
    {
        await note.ReadStateAsync();
        return note.State.Text;
    }
}
