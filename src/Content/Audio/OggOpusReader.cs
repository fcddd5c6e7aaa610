using System.Buffers.Binary;

namespace CommuneRadio.Content.Audio;

/// <summary>
/// Ogg (RFC 3533) carrying Opus (RFC 7845): the first packet is <c>OpusHead</c> with the pre-skip;
/// every page is walked and its CRC checked; the duration is the last page's granule position
/// (48 kHz samples) less the pre-skip. A stream that stops before its end-of-stream page, or a
/// page cut short or failing its CRC, makes the file damaged.
/// </summary>
internal static class OggOpusReader
{
    private const int PageHeaderLength = 27;
    private const double GranuleRate = 48_000;

    public static bool LooksLikeOgg(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && bytes[..4].SequenceEqual("OggS"u8);

    public static AudioProbeResult Read(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        var pages = 0;
        ushort preSkip = 0;
        uint serial = 0;
        long lastGranule = -1;
        var ended = false;
        while (offset < bytes.Length)
        {
            var page = bytes[offset..];
            if (page.Length < PageHeaderLength || !page[..4].SequenceEqual("OggS"u8))
            {
                return AudioProbeResult.Damaged(page.Length < PageHeaderLength
                    ? "is a truncated Ogg file: its last page header is cut short"
                    : $"is a damaged Ogg file: no page starts at offset {offset}");
            }

            int segments = page[26];
            if (page.Length < PageHeaderLength + segments)
            {
                return AudioProbeResult.Damaged("is a truncated Ogg file: its last page is cut short");
            }

            var bodyLength = 0;
            foreach (var lacing in page.Slice(PageHeaderLength, segments))
            {
                bodyLength += lacing;
            }

            var length = PageHeaderLength + segments + bodyLength;
            if (page.Length < length)
            {
                return AudioProbeResult.Damaged($"is a truncated Ogg file: its last page needs {length} bytes, {page.Length} remain");
            }

            if (OggCrc.Of(page[..length]) != BinaryPrimitives.ReadUInt32LittleEndian(page.Slice(22, 4)))
            {
                return AudioProbeResult.Damaged($"is a damaged Ogg file: the page at offset {offset} fails its checksum");
            }

            var body = page.Slice(PageHeaderLength + segments, bodyLength);
            if (pages == 0)
            {
                if (body.Length < 19 || !body[..8].SequenceEqual("OpusHead"u8))
                {
                    return AudioProbeResult.NotAudio("is an Ogg file but not Ogg/Opus (Vorbis and other codecs are not accepted)");
                }

                preSkip = BinaryPrimitives.ReadUInt16LittleEndian(body.Slice(10, 2));
                serial = BinaryPrimitives.ReadUInt32LittleEndian(page.Slice(14, 4));
            }

            if (BinaryPrimitives.ReadUInt32LittleEndian(page.Slice(14, 4)) == serial)
            {
                var granule = BinaryPrimitives.ReadInt64LittleEndian(page.Slice(6, 8));
                lastGranule = granule >= 0 ? granule : lastGranule;
                ended |= (page[5] & 0x04) != 0;
            }

            pages++;
            offset += length;
        }

        if (!ended)
        {
            return AudioProbeResult.Damaged("is a truncated Ogg/Opus file: it stops before its end-of-stream page");
        }

        return AudioProbeResult.Of(AudioFormat.OggOpus, TimeSpan.FromSeconds(Math.Max(0, lastGranule - preSkip) / GranuleRate));
    }
}
