using System.Buffers.Binary;
using System.Net.Http.Headers;

namespace CommuneRadio.Silo.Tests.Content;

/// <summary>Uploads for the content API tests: a WAV built byte by byte, and the multipart form the console sends.</summary>
internal static class ContentSamples
{
    /// <summary>16-bit mono PCM WAV at 8 kHz: 16,000 bytes per second.</summary>
    public static byte[] Wav(double seconds)
    {
        const int rate = 8000;
        var samples = (int)(seconds * rate);
        var bytes = new byte[44 + samples * 2];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        "WAVEfmt "u8.CopyTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(20), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(22), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), rate);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(28), rate * 2);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(32), 2);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(34), 16);
        "data"u8.CopyTo(bytes.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(40), (uint)(samples * 2));
        for (var i = 0; i < samples; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(44 + i * 2), (short)(800 * Math.Sin(i * 2 * Math.PI * 440 / rate)));
        }

        return bytes;
    }

    /// <summary>The upload form: title, area codes, and the file under a name and declared type the server must ignore.</summary>
    public static MultipartFormDataContent Upload(string? title, string areaCodes, byte[]? file, string fileName = "ban-tin.mp3", string declaredType = "audio/mpeg")
    {
        var form = new MultipartFormDataContent();
        if (title is not null)
        {
            form.Add(new StringContent(title), "title");
        }

        form.Add(new StringContent(areaCodes), "areaCodes");
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
            form.Add(content, "file", fileName);
        }

        return form;
    }
}
