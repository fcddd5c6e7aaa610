namespace CommuneRadio.StationSimulator.Observation;

public enum PlaybackEventKind
{
    /// <summary>The loudspeakers started one play (one repetition) of an item.</summary>
    Started,

    /// <summary>The play ran to its end.</summary>
    Finished,

    /// <summary>The play was cut short: preempted, replaced, stopped or by a restart.</summary>
    Interrupted,
}
