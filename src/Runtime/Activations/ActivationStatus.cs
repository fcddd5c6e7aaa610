namespace CommuneRadio.Runtime.Activations;

internal enum ActivationStatus
{
    /// <summary>Created; its first turn constructs the grain, reads its state and runs OnActivateAsync.</summary>
    Activating,

    /// <summary>Taking calls.</summary>
    Active,

    /// <summary>Running OnDeactivateAsync; calls that arrive now go to the grain's next activation.</summary>
    Deactivating,

    /// <summary>Gone from the catalog; holds nothing.</summary>
    Deactivated,
}
