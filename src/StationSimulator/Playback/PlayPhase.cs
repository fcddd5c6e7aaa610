namespace CommuneRadio.StationSimulator.Playback;

internal enum PlayPhase
{
    /// <summary>Accepted, waiting for its notBefore.</summary>
    Waiting,

    /// <summary>The loudspeakers play it.</summary>
    Sounding,

    /// <summary>Between two repetitions; the item still holds the device.</summary>
    Pausing,

    Ended,
}
