namespace CommuneRadio.Runtime.Tests.Grains;

public sealed class CounterState
{
    public int Value { get; set; }

    public string Note { get; set; } = "";
}
