using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using CommuneRadio.TestSupport;

namespace CommuneRadio.Content.Tests.Audio;

/// <summary>
/// Audio for the tests: WAV and MPEG frames built byte by byte, and real files made by the same
/// tools the Silo uses (espeak-ng, opusenc, lame; ./test installs them) in a scratch folder.
/// </summary>
public static class AudioSamples
{
    /// <summary>16-bit PCM WAV of <paramref name="seconds"/> of a quiet tone.</summary>
    public static byte[] Wav(double seconds, int sampleRate = 22050, short channels = 1)
    {
        var samples = (int)(seconds * sampleRate) * channels;
        var bytes = new byte[44 + samples * 2];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        "WAVEfmt "u8.CopyTo(bytes.AsSpan(8));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(20), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(22), (ushort)channels);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(24), (uint)sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(28), (uint)(sampleRate * channels * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(32), (ushort)(channels * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(34), 16);
        "data"u8.CopyTo(bytes.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(40), (uint)(samples * 2));
        for (var i = 0; i < samples; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(44 + i * 2), (short)(1000 * Math.Sin(i * 2 * Math.PI * 440 / sampleRate)));
        }

        return bytes;
    }

    /// <summary><paramref name="frames"/> MPEG-1 layer III frames at 128 kbit/s, 44.1 kHz, stereo (zero payload), after an optional ID3v2 tag.</summary>
    public static byte[] Mp3Frames(int frames, bool id3 = false)
    {
        using var stream = new MemoryStream();
        if (id3)
        {
            // ID3v2.3, no flags, 20 bytes of (empty) frames: size 20 as syncsafe.
            stream.Write([(byte)'I', (byte)'D', (byte)'3', 3, 0, 0, 0, 0, 0, 20]);
            stream.Write(new byte[20]);
        }

        for (var i = 0; i < frames; i++)
        {
            // 144 * 128000 / 44100 = 417 bytes, no padding.
            var frame = new byte[417];
            frame[0] = 0xFF;
            frame[1] = 0xFB;
            frame[2] = 0x90;
            frame[3] = 0x00;
            stream.Write(frame);
        }

        return stream.ToArray();
    }

    /// <summary>A fresh folder under the git-ignored <c>.data/test/content</c>.</summary>
    public static string ScratchFolder()
    {
        var folder = Path.Combine(RepositoryRoot.Path, ".data", "test", "content", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Speaks <paramref name="text"/> with espeak-ng into a WAV file and returns its path.</summary>
    public static string Speak(string folder, string text, string voice = "vi")
    {
        var textFile = Path.Combine(folder, "text.txt");
        File.WriteAllText(textFile, text, new UTF8Encoding(false));
        var wav = Path.Combine(folder, $"{Guid.NewGuid():N}.wav");
        Run("espeak-ng", "-b", "1", "-v", voice, "-w", wav, "-f", textFile);
        return wav;
    }

    public static string Encode(string wav, string program, params string[] arguments)
    {
        var output = Path.ChangeExtension(wav, program == "lame" ? "mp3" : "opus");
        Run(program, [.. arguments, wav, output]);
        return output;
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), $"{program} did not finish within 60 s");
        Assert.True(process.ExitCode == 0, $"{program} failed: {errors}");
    }
}
