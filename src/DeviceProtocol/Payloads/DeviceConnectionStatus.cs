namespace CommuneRadio.DeviceProtocol;

/// <summary>
/// <c>stations/{s}/devices/{d}/status</c>: the plain text <c>online</c> (published retained after
/// connecting) or <c>offline</c> (the Last Will, also retained, and published before a clean disconnect).
/// </summary>
public enum DeviceConnectionStatus
{
    Offline,
    Online,
}
