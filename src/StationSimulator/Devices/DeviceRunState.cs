namespace CommuneRadio.StationSimulator.Devices;

internal enum DeviceRunState
{
    Created,
    Running,
    Stopping,
    Stopped,
}
