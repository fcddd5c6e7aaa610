namespace CommuneRadio.Grains.Stations;

/// <summary>How far a device got with a command, as its acknowledgement says.</summary>
[GenerateSerializer, Alias("cr.DeviceAckState")]
public enum DeviceAckState
{
    Received,
    Playing,
    Done,
    Failed,
    Rejected,
}
