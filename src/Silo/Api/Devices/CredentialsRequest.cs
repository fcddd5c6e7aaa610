namespace CommuneRadio.Silo.Api.Devices;

/// <summary>Body of POST /api/stations/{id}/credentials: the devices to give new passwords (all when absent).</summary>
public sealed record CredentialsRequest(IReadOnlyList<string>? DeviceIds);
