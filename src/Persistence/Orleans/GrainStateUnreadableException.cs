namespace CommuneRadio.Persistence.OrleansAdoNet;

/// <summary>
/// A grain's stored state no longer deserializes (the state class changed incompatibly, or the
/// row was edited by hand). Names the grain and the state so the row can be found in
/// <c>orleans_grain_state</c>; only that grain fails to activate, the silo serves the others.
/// </summary>
public sealed class GrainStateUnreadableException(string grainId, string stateName, string stateType, Exception innerException)
    : Exception(
        $"The stored state '{stateName}' of grain {grainId} cannot be read as {stateType}: {innerException.Message} " +
        $"(row: select * from orleans_grain_state where grain_id = '{grainId}' and state_name = '{stateName}')",
        innerException)
{
    public string GrainId { get; } = grainId;

    public string StateName { get; } = stateName;
}
