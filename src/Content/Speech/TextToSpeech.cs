using System.Text;
using CommuneRadio.Content.Audio;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Content.Speech;

/// <summary>
/// Reads Vietnamese text aloud with espeak-ng in the given voice (16-bit mono WAV), then compresses
/// it for 4G links with the configured codec, and checks the result with <see cref="AudioProbe"/>.
/// Logs each stage, and while a tool runs long, that it is still running. Thread-safe singleton.
/// </summary>
public sealed partial class TextToSpeech(ExternalTool tool, IOptions<ContentOptions> options, ILogger<TextToSpeech> logger)
{
    private readonly ContentOptions _options = options.Value;

    /// <summary>
    /// Speaks <paramref name="text"/> into a compressed file at <paramref name="outputPath"/> and
    /// answers what it holds; throws <see cref="SpeechException"/> when a tool fails.
    /// </summary>
    public async Task<AudioInfo> SpeakAsync(string text, string voice, string outputPath, string what, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        ArgumentException.ThrowIfNullOrEmpty(outputPath);
        if (!Voices.IsKnown(voice))
        {
            throw new ArgumentException($"Voice {Voices.Problem}.", nameof(voice));
        }

        var textFile = outputPath + ".txt";
        var wavFile = outputPath + ".wav";
        try
        {
            LogSpeaking(logger, what, text.Length, voice);
            await File.WriteAllTextAsync(textFile, text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            await tool.RunAsync(_options.EspeakPath, ["-b", "1", "-v", voice, "-w", wavFile, "-f", textFile], $"reading {what} aloud", _options.ToolTimeout, _options.ProgressInterval, cancellationToken).ConfigureAwait(false);
            var wav = AudioProbe.Read(await File.ReadAllBytesAsync(wavFile, cancellationToken).ConfigureAwait(false));
            if (wav.Info is not { } spoken)
            {
                throw new SpeechException($"{_options.EspeakPath} wrote no usable audio for {what}: the file {wav.Problem}");
            }

            LogCompressing(logger, what, spoken.Duration.TotalSeconds, _options.Compression, _options.BitrateKbps);
            await tool.RunAsync(Compressor(), CompressorArguments(wavFile, outputPath), $"compressing {what}", _options.ToolTimeout, _options.ProgressInterval, cancellationToken).ConfigureAwait(false);
            var compressed = AudioProbe.Read(await File.ReadAllBytesAsync(outputPath, cancellationToken).ConfigureAwait(false));
            if (compressed.Info is not { } result)
            {
                throw new SpeechException($"{Compressor()} wrote no usable audio for {what}: the file {compressed.Problem}");
            }

            LogSpoken(logger, what, result.Duration.TotalSeconds, new FileInfo(outputPath).Length, new FileInfo(wavFile).Length);
            return result;
        }
        finally
        {
            File.Delete(textFile);
            File.Delete(wavFile);
        }
    }

    /// <summary>The extension of what <see cref="SpeakAsync"/> writes with the configured codec.</summary>
    public string OutputExtension => _options.Compression switch
    {
        SpeechCompression.Opus => "opus",
        SpeechCompression.Mp3 => "mp3",
        _ => throw new InvalidOperationException($"Unknown compression {_options.Compression}."),
    };

    private string Compressor() => _options.Compression switch
    {
        SpeechCompression.Opus => _options.OpusencPath,
        SpeechCompression.Mp3 => _options.LamePath,
        _ => throw new InvalidOperationException($"Unknown compression {_options.Compression}."),
    };

    private List<string> CompressorArguments(string wav, string output) => _options.Compression switch
    {
        SpeechCompression.Opus => ["--quiet", "--bitrate", _options.BitrateKbps.ToString(System.Globalization.CultureInfo.InvariantCulture), wav, output],
        SpeechCompression.Mp3 => ["--quiet", "-m", "m", "-b", Mp3Bitrate().ToString(System.Globalization.CultureInfo.InvariantCulture), wav, output],
        _ => throw new InvalidOperationException($"Unknown compression {_options.Compression}."),
    };

    // lame takes only the standard MPEG bitrates: the nearest one at or above the setting.
    private int Mp3Bitrate() => new[] { 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320 }.First(b => b >= Math.Min(_options.BitrateKbps, 320));

    [LoggerMessage(1, LogLevel.Information, "Reading {What} aloud: {Characters} characters in voice {Voice}")]
    private static partial void LogSpeaking(ILogger logger, string what, int characters, string voice);

    [LoggerMessage(2, LogLevel.Information, "Compressing {What}: {DurationS:0.0} s of speech to {Compression} at {BitrateKbps} kbit/s")]
    private static partial void LogCompressing(ILogger logger, string what, double durationS, SpeechCompression compression, int bitrateKbps);

    [LoggerMessage(3, LogLevel.Information, "Speech of {What} ready: {DurationS:0.0} s in {Bytes} bytes ({WavBytes} bytes uncompressed)")]
    private static partial void LogSpoken(ILogger logger, string what, double durationS, long bytes, long wavBytes);
}
