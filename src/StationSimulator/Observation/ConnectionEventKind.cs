namespace CommuneRadio.StationSimulator.Observation;

public enum ConnectionEventKind
{
    /// <summary>Connected and announced itself <c>online</c>.</summary>
    Online,

    /// <summary>The connection was lost underneath the device (broker gone); the client reconnects by itself.</summary>
    Lost,

    /// <summary>The link was cut on purpose (DropLink, ReconnectStorm, restart): the broker publishes the Last Will.</summary>
    Cut,

    /// <summary>Stopped cleanly: published <c>offline</c> and disconnected.</summary>
    Stopped,
}
