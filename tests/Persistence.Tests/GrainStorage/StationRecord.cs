namespace CommuneRadio.Persistence.Tests.GrainStorage;

public sealed class StationRecord
{
    public string Name { get; set; } = "";

    public int Volume { get; set; }

    public List<string> Devices { get; set; } = [];
}
