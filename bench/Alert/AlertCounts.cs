namespace CommuneRadio.Bench.Alert;

/// <summary>The part of GET /api/alerts/{id} the benchmark reads: devices targeted, confirmed, and per delivery state.</summary>
internal sealed record AlertCounts(int Devices, int Confirmed, IReadOnlyDictionary<string, int> ByState)
{
    /// <summary>Devices whose delivery is playing or done.</summary>
    public int PlayingOrDone => ByState.GetValueOrDefault("playing") + ByState.GetValueOrDefault("done");
}
