namespace CommuneRadio.Content.Audio;

/// <summary>The Ogg page checksum: CRC-32, polynomial 0x04C11DB7, not reflected, initial 0, computed with the checksum field as zeros.</summary>
internal static class OggCrc
{
    private static readonly uint[] Table = BuildTable();

    public static uint Of(ReadOnlySpan<byte> page)
    {
        uint crc = 0;
        for (var i = 0; i < page.Length; i++)
        {
            var b = i is >= 22 and < 26 ? (byte)0 : page[i];
            crc = (crc << 8) ^ Table[((crc >> 24) ^ b) & 0xFF];
        }

        return crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var r = i << 24;
            for (var bit = 0; bit < 8; bit++)
            {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }

            table[i] = r;
        }

        return table;
    }
}
