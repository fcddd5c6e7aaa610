using CommuneRadio.Content.Library;

namespace CommuneRadio.Content.Tests.Library;

public sealed class RelayRulesTests
{
    [Theory]
    [InlineData("https://vov.example.vn/vov1.mp3")]
    [InlineData("http://127.0.0.1:8000/live")]
    [InlineData("rtsp://dai-tinh.example.vn/fm")]
    public void Stream_urls_a_device_can_open_are_accepted(string url) => Assert.Null(RelayRules.StreamUrlProblem(url));

    [Theory]
    [InlineData(null, "is required")]
    [InlineData("vov1.mp3", "must be an absolute URL")]
    [InlineData("ftp://example.vn/a.mp3", "must use http, https, rtsp, rtmp")]
    [InlineData("file://nas.example.vn/tin.mp3", "must use")]
    [InlineData("file:///etc/passwd", "must be an absolute URL with a host")]
    [InlineData("https://user:secret@example.vn/live", "must not carry a user name or password")]
    public void Other_stream_urls_are_refused_with_the_reason(string? url, string problem) =>
        Assert.StartsWith(problem, RelayRules.StreamUrlProblem(url), StringComparison.Ordinal);

    [Theory]
    [InlineData(87.5)]
    [InlineData(100.0)]
    [InlineData(104.35)]
    [InlineData(108.0)]
    public void Fm_frequencies_in_the_band_are_accepted(double mhz) => Assert.Null(RelayRules.FrequencyProblem(mhz));

    [Theory]
    [InlineData(87.4, "must be between 87.5 and 108 MHz")]
    [InlineData(108.1, "must be between 87.5 and 108 MHz")]
    [InlineData(double.NaN, "must be between 87.5 and 108 MHz")]
    [InlineData(99.93, "must be a multiple of 0.05 MHz (50 kHz)")]
    public void Fm_frequencies_outside_the_band_or_off_the_grid_are_refused(double mhz, string problem) =>
        Assert.Equal(problem, RelayRules.FrequencyProblem(mhz));

    [Fact]
    public void A_missing_frequency_is_required() => Assert.Equal("is required", RelayRules.FrequencyProblem(null));
}
