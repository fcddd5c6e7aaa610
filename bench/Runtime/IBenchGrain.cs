using CommuneRadio.Runtime;

namespace CommuneRadio.Bench.Runtime;

public interface IBenchGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();
}
