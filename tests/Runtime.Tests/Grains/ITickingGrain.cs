namespace CommuneRadio.Runtime.Tests.Grains;

public interface ITickingGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan period);

    Task StopAsync();

    Task<int> GetTicksAsync();

    /// <summary>A call that spans awaits, to show ticks wait for it.</summary>
    Task<int> LongCallAsync(Task release);
}
