namespace CommuneRadio.Content.Audio;

/// <summary>
/// One MPEG audio layer III frame header (ISO/IEC 11172-3 and 13818-3): its rate, length and samples.
/// <see cref="Version"/> is 1 for MPEG-1, 2 for MPEG-2, 25 for MPEG-2.5.
/// </summary>
internal readonly record struct Mp3FrameHeader(int Version, int BitrateKbps, int SampleRate, bool Mono, int Length)
{
    // Layer III bitrates in kbit/s by index; MPEG-1 and MPEG-2/2.5 (LSF) differ.
    private static readonly int[] Mpeg1Bitrates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] LsfBitrates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
    private static readonly int[] Mpeg1SampleRates = [44100, 48000, 32000];

    public int SamplesPerFrame => Version == 1 ? 1152 : 576;

    public static bool TryRead(ReadOnlySpan<byte> bytes, out Mp3FrameHeader header)
    {
        header = default;
        if (bytes.Length < 4 || bytes[0] != 0xFF || (bytes[1] & 0xE0) != 0xE0)
        {
            return false;
        }

        var version = ((bytes[1] >> 3) & 0x3) switch { 0 => 25, 2 => 2, 3 => 1, _ => 0 };
        var layer = (bytes[1] >> 1) & 0x3;
        var bitrateIndex = bytes[2] >> 4;
        var rateIndex = (bytes[2] >> 2) & 0x3;
        if (version == 0 || layer != 1 || bitrateIndex is 0 or 15 || rateIndex == 3)
        {
            return false;
        }

        var bitrate = (version == 1 ? Mpeg1Bitrates : LsfBitrates)[bitrateIndex];
        var sampleRate = Mpeg1SampleRates[rateIndex] / (version switch { 1 => 1, 2 => 2, _ => 4 });
        var padding = (bytes[2] >> 1) & 0x1;
        var length = (version == 1 ? 144 : 72) * bitrate * 1000 / sampleRate + padding;
        header = new Mp3FrameHeader(version, bitrate, sampleRate, (bytes[3] >> 6) == 3, length);
        return true;
    }

    /// <summary>Whether this first frame is a Xing/Info (LAME) or VBRI header rather than audio.</summary>
    public bool IsInfoFrame(ReadOnlySpan<byte> frame)
    {
        var sideInfo = (Version == 1, Mono) switch { (true, false) => 32, (true, true) => 17, (false, false) => 17, (false, true) => 9 };
        var tag = 4 + sideInfo;
        if (frame.Length >= tag + 4 && (frame.Slice(tag, 4).SequenceEqual("Xing"u8) || frame.Slice(tag, 4).SequenceEqual("Info"u8)))
        {
            return true;
        }

        return frame.Length >= 40 && frame.Slice(36, 4).SequenceEqual("VBRI"u8);
    }
}
