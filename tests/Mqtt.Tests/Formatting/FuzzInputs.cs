using CommuneRadio.Mqtt.Formatting;

namespace CommuneRadio.Mqtt.Tests.Formatting;

/// <summary>Seeded hostile inputs: random bytes, and valid packets bit-flipped, truncated, spliced, or with their lengths altered.</summary>
internal sealed class FuzzInputs(int seed)
{
    private readonly Random _random = new(seed);
    private readonly byte[][] _valid =
    [
        .. SamplePackets.Names(MqttProtocolVersion.V500).Select(n => MqttPacketFormatter.V500.Encode(SamplePackets.Get(MqttProtocolVersion.V500, n))),
        .. SamplePackets.Names(MqttProtocolVersion.V311).Select(n => MqttPacketFormatter.V311.Encode(SamplePackets.Get(MqttProtocolVersion.V311, n))),
    ];

    public string LastStrategy { get; private set; } = "";

    public byte[] Next()
    {
        var strategy = _random.Next(7);
        var bytes = strategy switch
        {
            0 => RandomBytes(_random.Next(0, 64)),
            1 => FlipBits(Pick()),
            2 => Truncate(Pick()),
            3 => Splice(Pick(), Pick()),
            4 => WithLength(Pick()),
            5 => [.. RandomHeader(), .. RandomBytes(_random.Next(0, 32))],
            _ => Insert(Pick()),
        };
        LastStrategy = strategy switch
        {
            0 => "random bytes",
            1 => "bit flips",
            2 => "truncation",
            3 => "splice",
            4 => "altered remaining length",
            5 => "random fixed header",
            _ => "inserted bytes",
        };
        return bytes;
    }

    private byte[] Pick() => (byte[])_valid[_random.Next(_valid.Length)].Clone();

    private byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] FlipBits(byte[] bytes)
    {
        for (var flips = _random.Next(1, 4); flips > 0 && bytes.Length > 0; flips--)
        {
            bytes[_random.Next(bytes.Length)] ^= (byte)(1 << _random.Next(8));
        }

        return bytes;
    }

    private byte[] Truncate(byte[] bytes) => bytes[..Math.Max(1, _random.Next(bytes.Length))];

    private byte[] Splice(byte[] first, byte[] second) => [.. first[.._random.Next(first.Length + 1)], .. second[_random.Next(second.Length + 1)..]];

    private byte[] Insert(byte[] bytes)
    {
        var at = _random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. RandomBytes(_random.Next(1, 8)), .. bytes[at..]];
    }

    /// <summary>Keeps the body but lies about its length, sometimes wildly (up to the 4-byte maximum).</summary>
    private byte[] WithLength(byte[] bytes)
    {
        VariableByteInteger.TryRead(bytes.AsSpan(1), out var length, out var size);
        var lie = _random.Next(3) switch
        {
            0 => Math.Max(0, length + _random.Next(-3, 4)),
            1 => _random.Next(0, 300),
            _ => _random.Next(0, VariableByteInteger.MaxValue),
        };
        var header = new byte[5];
        header[0] = bytes[0];
        var written = VariableByteInteger.Write(header.AsSpan(1), lie);
        return [.. header[..(1 + written)], .. bytes[(1 + size)..]];
    }

    private byte[] RandomHeader() => [(byte)_random.Next(256), .. RandomBytes(_random.Next(1, 5))];
}
