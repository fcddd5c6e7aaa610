namespace CommuneRadio.Grains.Devices;

/// <summary>
/// The port to the broker's account store (mosquitto dynamic security): one account per device,
/// allowed to publish only under its own topics and to read only its station's and its own
/// commands. Implemented by the gateway. Thread-safe.
/// </summary>
public interface IBrokerAccounts
{
    /// <summary>Creates the accounts, or gives existing ones a new password; returns the passwords (shown once).</summary>
    Task<IReadOnlyList<DeviceCredentials>> ProvisionAsync(IReadOnlyList<DeviceAddress> devices, CancellationToken cancellationToken = default);

    /// <summary>Deletes the accounts; a connected device is disconnected. Unknown accounts are ignored.</summary>
    Task RevokeAsync(IReadOnlyList<DeviceAddress> devices, CancellationToken cancellationToken = default);
}
