namespace CommuneRadio.Runtime.Tests.Grains;

/// <summary>No grain class implements this: asking for it is a caller's mistake.</summary>
public interface IUnimplementedGrain : IGrainWithStringKey
{
    Task NothingAsync();
}
