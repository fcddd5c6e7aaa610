namespace CommuneRadio.Runtime.Tests.Grains;

public interface ICycleGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="otherKey"/>, which calls this grain back: A→B→A.</summary>
    Task<string> CallThroughAsync(string otherKey);

    Task<string> CallBackAsync(string callerKey);

    Task<string> PingAsync();
}
