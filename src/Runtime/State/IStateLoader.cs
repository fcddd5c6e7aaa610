namespace CommuneRadio.Runtime.State;

/// <summary>State the runtime reads before a grain's OnActivateAsync.</summary>
internal interface IStateLoader
{
    Task ReadStateAsync(CancellationToken cancellationToken);
}
