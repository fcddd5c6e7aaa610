namespace CommuneRadio.Persistence.Tests.Grains;

public sealed class JournalState
{
    public List<string> Entries { get; set; } = [];
}
