using System.Buffers.Binary;

namespace CommuneRadio.Content.Audio;

/// <summary>
/// RIFF/WAVE: the <c>fmt </c> chunk gives the byte rate, the <c>data</c> chunk the length of the
/// samples; a data chunk that claims more bytes than the file holds is a truncated file.
/// </summary>
internal static class WavReader
{
    public static bool LooksLikeWav(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WAVE"u8);

    public static AudioProbeResult Read(ReadOnlySpan<byte> bytes)
    {
        var offset = 12;
        int? byteRate = null;
        while (offset + 8 <= bytes.Length)
        {
            var id = bytes.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(offset + 4, 4));
            var body = offset + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16 || body + 16 > bytes.Length)
                {
                    return AudioProbeResult.Damaged("is a WAV file with a damaged format chunk");
                }

                var channels = BinaryPrimitives.ReadUInt16LittleEndian(bytes.Slice(body + 2, 2));
                var sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(body + 4, 4));
                byteRate = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(bytes.Slice(body + 8, 4)), int.MaxValue);
                if (channels == 0 || sampleRate == 0 || byteRate == 0)
                {
                    return AudioProbeResult.Damaged("is a WAV file whose format chunk gives no channels, sample rate or byte rate");
                }
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (byteRate is not { } rate)
                {
                    return AudioProbeResult.Damaged("is a WAV file with its data before its format chunk");
                }

                var available = bytes.Length - body;
                if (size > available)
                {
                    return AudioProbeResult.Damaged($"is a truncated WAV file: its data chunk declares {size} bytes, the file holds {available}");
                }

                return AudioProbeResult.Of(AudioFormat.Wav, TimeSpan.FromSeconds((double)size / rate));
            }

            // Chunks are padded to an even length.
            offset = (int)Math.Min(int.MaxValue, body + (long)size + (size & 1));
        }

        return AudioProbeResult.Damaged("is a truncated WAV file: it has no data chunk");
    }
}
