namespace CommuneRadio.Grains.Devices;

/// <summary>
/// A batch enrollment broke off on an error (broker or database unreachable). The devices in
/// <see cref="Enrolled"/> were registered with their accounts before it: their passwords exist
/// nowhere else, so whoever catches this must hand them over. The rest have neither.
/// </summary>
public sealed class EnrollmentFailedException(string message, IReadOnlyList<DeviceCredentials> enrolled, Exception innerException)
    : Exception(message, innerException)
{
    public IReadOnlyList<DeviceCredentials> Enrolled { get; } = enrolled;
}
