namespace CommuneRadio.Runtime.Tests.Grains;

/// <summary>A grain whose activation fails when its key says so.</summary>
public interface IBrokenGrain : IGrainWithStringKey
{
    Task<string> HelloAsync();
}
