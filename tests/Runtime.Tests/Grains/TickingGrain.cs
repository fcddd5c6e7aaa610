namespace CommuneRadio.Runtime.Tests.Grains;

public sealed class TickingGrain(GrainProbe probe) : Grain, ITickingGrain
{
    private IGrainTimer? _timer;
    private int _ticks;
    private bool _inCall;

    public Task StartAsync(TimeSpan period)
    {
        _timer = RegisterGrainTimer(OnTickAsync, period, period);
        return Task.CompletedTask;
    }

    public Task StopAsync()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public Task<int> GetTicksAsync() => Task.FromResult(_ticks);

    public async Task<int> LongCallAsync(Task release)
    {
        _inCall = true;
        await release;
        _inCall = false;
        return _ticks;
    }

    private Task OnTickAsync(CancellationToken cancellationToken)
    {
        if (_inCall)
        {
            probe.Record("tick during a call");
        }

        _ticks++;
        probe.Record($"tick {_ticks}");
        return Task.CompletedTask;
    }
}
