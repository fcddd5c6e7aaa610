using CommuneRadio.StationSimulator.Devices;

namespace CommuneRadio.StationSimulator.Province;

/// <summary>How a <see cref="SimulatedProvince"/> runs its devices. Immutable.</summary>
public sealed record SimulatedProvinceOptions
{
    public const int DefaultConnectConcurrency = 200;

    public SimulatedDeviceOptions Devices { get; init; } = new();

    /// <summary>Share (0 to 1) of devices that speak MQTT 3.1.1, spread evenly over the province.</summary>
    public double Mqtt311Share { get; init; }

    /// <summary>Devices connecting (or stopping) at the same time.</summary>
    public int ConnectConcurrency { get; init; } = DefaultConnectConcurrency;

    /// <summary>Devices start as if booted up to this long ago (each its own, at random), so uptimes differ.</summary>
    public TimeSpan MaxUptimeAtStart { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Seed of the random choices (volumes, signal levels, uptimes), so runs repeat.</summary>
    public int Seed { get; init; } = 82;

    public void Validate()
    {
        Devices.Validate();
        if (Mqtt311Share is < 0 or > 1 || ConnectConcurrency < 1 || MaxUptimeAtStart < TimeSpan.Zero)
        {
            throw new ArgumentException("Mqtt311Share must be 0 to 1, ConnectConcurrency at least 1 and MaxUptimeAtStart not negative.");
        }
    }
}
