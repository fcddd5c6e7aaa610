namespace CommuneRadio.DeviceProtocol;

/// <summary><c>stations/{s}/devices/{d}/ack</c>: progress of one command on one device.</summary>
public sealed record CommandAck
{
    public required string CmdId { get; init; }

    public required AckState State { get; init; }

    /// <summary>Why, for <c>failed</c> and <c>rejected</c> (e.g. <c>expired</c>, <c>checksum</c>, <c>busy-emergency</c>).</summary>
    public string? Reason { get; init; }
}
