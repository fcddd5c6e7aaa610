namespace CommuneRadio.Runtime;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    /// <summary>No call reached it for longer than the idle age.</summary>
    Idle,

    /// <summary>The grain asked for it with <see cref="Grain.DeactivateOnIdle"/>.</summary>
    Requested,

    /// <summary>The runtime is shutting down.</summary>
    Shutdown,
}
