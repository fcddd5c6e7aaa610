namespace CommuneRadio.Content.Audio;

/// <summary>
/// MPEG audio layer III: skips an ID3v2 tag, then walks every frame header to the end (so VBR
/// files are timed as exactly as CBR ones), adding up samples per frame. A LAME/Xing info frame
/// carries no audio and is not counted. Bytes that are not frames before the end — other than an
/// ID3v1/APE tag or zero padding — or a last frame cut short make the file damaged.
/// </summary>
internal static class Mp3Reader
{
    public static bool LooksLikeMp3(ReadOnlySpan<byte> bytes)
    {
        var start = AfterId3v2(bytes);
        if (start != 0)
        {
            return start < bytes.Length && Mp3FrameHeader.TryRead(bytes[start..], out _);
        }

        // Without a tag, two frames in a row: a lone 0xFFE sync pattern in random bytes is common.
        return Mp3FrameHeader.TryRead(bytes, out var first)
            && first.Length < bytes.Length
            && Mp3FrameHeader.TryRead(bytes[first.Length..], out _);
    }

    public static AudioProbeResult Read(ReadOnlySpan<byte> bytes)
    {
        var offset = AfterId3v2(bytes);
        if (offset > bytes.Length)
        {
            return AudioProbeResult.Damaged("is a truncated MP3 file: its ID3 tag runs past the end");
        }

        long samples = 0;
        var sampleRate = 0;
        var frames = 0;
        while (offset < bytes.Length)
        {
            var rest = bytes[offset..];
            if (!Mp3FrameHeader.TryRead(rest, out var frame))
            {
                if (IsTrailer(rest))
                {
                    break;
                }

                return frames == 0
                    ? AudioProbeResult.Damaged("is not a readable MP3 file: no audio frame follows its ID3 tag")
                    : AudioProbeResult.Damaged($"is a damaged MP3 file: bytes at offset {offset} are not an audio frame");
            }

            if (frame.Length > rest.Length)
            {
                return AudioProbeResult.Damaged($"is a truncated MP3 file: its last frame needs {frame.Length} bytes, {rest.Length} remain");
            }

            if (!(frames == 0 && frame.IsInfoFrame(rest)))
            {
                samples += frame.SamplesPerFrame;
            }

            sampleRate = frame.SampleRate;
            frames++;
            offset += frame.Length;
        }

        return frames == 0
            ? AudioProbeResult.Damaged("is an MP3 file without audio frames")
            : AudioProbeResult.Of(AudioFormat.Mp3, TimeSpan.FromSeconds((double)samples / sampleRate));
    }

    /// <summary>The offset after an ID3v2 tag at the start (its size is 4 × 7-bit "syncsafe" bytes), 0 when there is none.</summary>
    private static int AfterId3v2(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 10 || !bytes[..3].SequenceEqual("ID3"u8))
        {
            return 0;
        }

        var size = (bytes[6] & 0x7F) << 21 | (bytes[7] & 0x7F) << 14 | (bytes[8] & 0x7F) << 7 | (bytes[9] & 0x7F);
        var footer = (bytes[5] & 0x10) != 0 ? 10 : 0;
        return 10 + size + footer;
    }

    private static bool IsTrailer(ReadOnlySpan<byte> rest) =>
        rest.StartsWith("TAG"u8) || rest.StartsWith("APETAGEX"u8) || rest.StartsWith("LYRICS"u8) || !rest.ContainsAnyExcept((byte)0);
}
