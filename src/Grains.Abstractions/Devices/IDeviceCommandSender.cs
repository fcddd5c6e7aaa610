using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Devices;

/// <summary>
/// The outbound port grains use to reach devices: publishes a command with QoS 1 to
/// <c>stations/{s}/cmd</c> (every device) or <c>stations/{s}/devices/{d}/cmd</c>. Completes when the
/// broker accepted it — which is not delivery: delivery is the device's ack. Implemented by the
/// gateway; thread-safe.
/// </summary>
public interface IDeviceCommandSender
{
    Task SendAsync(string stationId, string? deviceId, DeviceCommand command, CancellationToken cancellationToken = default);
}
