using System.Diagnostics;
using CommuneRadio.StationSimulator.Province;

namespace CommuneRadio.Bench.Common;

/// <summary>Prints how many devices are connected, at most every few seconds, while a province starts.</summary>
internal sealed class ConnectProgress(ProgressLine progress) : IProgress<ProvinceStartProgress>
{
    private readonly Stopwatch _since = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _next = TimeSpan.FromSeconds(5);

    public void Report(ProvinceStartProgress value)
    {
        lock (_gate)
        {
            if (_since.Elapsed < _next && value.Online + value.Refused < value.Total)
            {
                return;
            }

            _next = _since.Elapsed + TimeSpan.FromSeconds(5);
        }

        progress.Write($"connected {value.Online:N0} of {value.Total:N0} devices ({value.Refused:N0} refused), {_since.Elapsed.TotalSeconds:0} s");
    }
}
