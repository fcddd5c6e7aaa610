namespace CommuneRadio.Bench.Mqtt;

/// <summary>The figures of one measurement over several rounds (failed rounds left out): best, lowest and their spread.</summary>
internal sealed class Figures
{
    private readonly List<double> _values = [];

    public double Best => _values.Count == 0 ? 0 : _values.Max();

    public double Lowest => _values.Count == 0 ? 0 : _values.Min();

    /// <summary>Worst over best: 1 means every round measured the same; 0 when nothing was measured.</summary>
    public double Spread => Best == 0 ? 0 : Lowest / Best;

    public void Add(double? value)
    {
        if (value is { } measured)
        {
            _values.Add(measured);
        }
    }
}
