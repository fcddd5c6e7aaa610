using CommuneRadio.Content.Audio;
using CommuneRadio.Content.Speech;
using CommuneRadio.Content.Tests.Audio;
using CommuneRadio.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CommuneRadio.Content.Tests.Speech;

/// <summary>Real espeak-ng, opusenc and lame, as the Silo runs them.</summary>
public sealed class TextToSpeechTests : IDisposable
{
    // A bulletin of the kind the seeds hold: about 40 syllables, so 6–20 s of speech at espeak-ng's default rate.
    private const string Bulletin = "Thông báo của Ủy ban nhân dân xã Mỹ Hiệp. Sáng thứ Bảy tuần này, trạm y tế xã tổ chức tiêm chủng mở rộng "
        + "cho trẻ em dưới năm tuổi. Đề nghị các gia đình đưa trẻ đến đúng giờ và mang theo sổ tiêm chủng.";

    private readonly string _folder = AudioSamples.ScratchFolder();
    private readonly LogCapture _logs = new();
    private readonly ILoggerFactory _loggers;

    public TextToSpeechTests() => _loggers = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug));

    public void Dispose()
    {
        _loggers.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_bulletin_is_read_into_compressed_ogg_opus_of_a_plausible_length()
    {
        var output = Path.Combine(_folder, "bulletin.opus");

        var info = await Speech().SpeakAsync(Bulletin, Voices.Southern, output, "the bulletin");

        Assert.Equal(AudioFormat.OggOpus, info.Format);
        Assert.InRange(info.Duration.TotalSeconds, 6, 20);
        Assert.Equal(info, AudioProbe.Read(await File.ReadAllBytesAsync(output)).Info);
        // 24 kbit/s: about 3 KB per second of speech, a tenth of espeak-ng's 44 KB/s WAV.
        Assert.InRange(new FileInfo(output).Length / info.Duration.TotalSeconds, 1_000, 6_000);
        Assert.Equal([output], Directory.GetFiles(_folder));
        Assert.Contains(_logs.Entries, e => e.Message.Contains("Reading the bulletin aloud", StringComparison.Ordinal) && e.Message.Contains(Voices.Southern, StringComparison.Ordinal));
        Assert.Contains(_logs.Entries, e => e.Message.StartsWith("Speech of the bulletin ready", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_regional_voices_read_the_same_text_differently()
    {
        var spoken = new List<byte[]>();
        foreach (var voice in Voices.All)
        {
            var output = Path.Combine(_folder, $"{voice}.opus");
            await Speech().SpeakAsync("Cảnh báo bão số 3, đề nghị bà con không ra khơi.", voice, output, voice);
            spoken.Add(await File.ReadAllBytesAsync(output));
        }

        Assert.Equal(3, spoken.Select(Convert.ToHexString).Distinct().Count());
    }

    [Fact]
    public async Task Speech_can_be_compressed_to_mp3_with_lame_instead()
    {
        var output = Path.Combine(_folder, "bulletin.mp3");

        var info = await Speech(o => o.Compression = SpeechCompression.Mp3).SpeakAsync(Bulletin, Voices.Northern, output, "the bulletin");

        Assert.Equal(AudioFormat.Mp3, info.Format);
        Assert.InRange(info.Duration.TotalSeconds, 6, 20);
    }

    [Fact]
    public async Task A_missing_tool_fails_with_its_name_and_leaves_no_files()
    {
        var output = Path.Combine(_folder, "x.opus");

        var failure = await Assert.ThrowsAsync<SpeechException>(() =>
            Speech(o => o.OpusencPath = "/nonexistent/opusenc").SpeakAsync("Xin chào.", Voices.Northern, output, "the greeting"));

        Assert.Contains("/nonexistent/opusenc could not be started", failure.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task A_tool_running_longer_than_the_progress_interval_logs_that_it_is_still_working()
    {
        var tool = new ExternalTool(_loggers.CreateLogger<ExternalTool>());

        await tool.RunAsync("sleep", ["1"], "waiting", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(100));

        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Information && e.Message.StartsWith("Still waiting with sleep after", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tool_past_its_timeout_is_stopped_and_named()
    {
        var tool = new ExternalTool(_loggers.CreateLogger<ExternalTool>());

        var failure = await Assert.ThrowsAsync<SpeechException>(() =>
            tool.RunAsync("sleep", ["30"], "waiting", TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(10)));

        Assert.Equal("sleep did not finish waiting within 0.3 s", failure.Message);
    }

    private TextToSpeech Speech(Action<ContentOptions>? configure = null)
    {
        var options = new ContentOptions { MediaRoot = _folder };
        configure?.Invoke(options);
        return new TextToSpeech(new ExternalTool(_loggers.CreateLogger<ExternalTool>()), Options.Create(options), _loggers.CreateLogger<TextToSpeech>());
    }
}
