namespace CommuneRadio.StationSimulator.Credentials;

/// <summary>
/// What one device needs to connect (the shape of the Silo's device credentials, camelCase in JSON).
/// The password is a secret: never log it.
/// </summary>
public sealed record SimulatorCredentials(string StationId, string DeviceId, string Username, string ClientId, string Password)
{
    /// <summary>Hides the password, so that a record printed by mistake does not leak it.</summary>
    public override string ToString() => $"{Username} (client {ClientId}, station {StationId}, device {DeviceId})";
}
