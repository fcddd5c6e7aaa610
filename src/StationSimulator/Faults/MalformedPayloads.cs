using System.Text;
using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Faults;

/// <summary>Builds the payload of each <see cref="MalformedKind"/>. Thread-safe.</summary>
public static class MalformedPayloads
{
    public static byte[] Build(MalformedKind kind, Heartbeat valid)
    {
        ArgumentNullException.ThrowIfNull(valid);
        return kind switch
        {
            MalformedKind.NotJson => "heartbeat: seq=1 volume=70 state=idle"u8.ToArray(),
            MalformedKind.WrongTypes => """{"seq":"seven","uptimeS":true,"volume":"loud","state":42}"""u8.ToArray(),
            MalformedKind.VolumeOutOfRange => DeviceMessages.Write(valid with { Volume = 150 }),
            MalformedKind.Oversized => Oversized(valid),
            MalformedKind.InvalidUtf8 => InvalidUtf8(valid),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown malformed kind."),
        };
    }

    /// <summary>A valid heartbeat with an unknown <c>padding</c> field that takes it 1 KiB past the limit.</summary>
    private static byte[] Oversized(Heartbeat valid)
    {
        var json = Encoding.UTF8.GetString(DeviceMessages.Write(valid));
        var padding = new string('x', ProtocolLimits.MaxDevicePayloadBytes + 1024);
        return Encoding.UTF8.GetBytes($"{json[..^1]},\"padding\":\"{padding}\"}}");
    }

    /// <summary>A valid heartbeat whose firmware string carries 0xC3 0x28 (a lead byte followed by a non-continuation byte).</summary>
    private static byte[] InvalidUtf8(Heartbeat valid)
    {
        var bytes = DeviceMessages.Write(valid with { Firmware = "fw-@@" });
        var at = bytes.AsSpan().IndexOf("@@"u8);
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        return bytes;
    }
}
