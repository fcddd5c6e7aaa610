using CommuneRadio.Grains.Alerts;
using static CommuneRadio.Grains.Tests.Alerts.Rules.SampleAlerts;

namespace CommuneRadio.Grains.Tests.Alerts.Rules;

public sealed class ContentRulesTests
{
    private static readonly string Sha256 = new string('a', 32) + new string('0', 32);

    [Fact]
    public void An_alert_with_neither_audio_nor_text_is_refused() =>
        Assert.Equal("give either audio to play or text for the loudspeakers to speak", SingleProblem(Text() with { Text = null }, "text").Problem);

    [Fact]
    public void Whitespace_is_no_text() =>
        SingleProblem(Text() with { Text = "  \n " }, "text");

    [Fact]
    public void An_alert_with_both_audio_and_text_passes() =>
        Assert.Empty(Problems(Audio() with { Text = "Thông báo khẩn." }));

    [Fact]
    public void A_cancel_needs_neither_audio_nor_text_and_ignores_bad_ones()
    {
        Assert.Empty(Problems(Cancel()));
        Assert.Empty(Problems(Cancel() with { Audio = new AlertAudio("ftp://x", "nope", 0) }));
    }

    [Fact]
    public void Text_of_2000_characters_passes_and_of_2001_is_refused()
    {
        Assert.Empty(Problems(Text() with { Text = new string('ạ', 2000) }));

        Assert.Equal("is 2,001 characters long; at most 2,000", SingleProblem(Text() with { Text = new string('ạ', 2001) }, "text").Problem);
    }

    [Fact]
    public void Text_with_a_control_character_is_refused_by_position() =>
        Assert.Equal("contains the control character U+0007 at position 4; remove it", SingleProblem(Text() with { Text = "Bão\u0007" }, "text").Problem);

    [Theory]
    [InlineData("headline", 201)]
    [InlineData("event", 201)]
    [InlineData("description", 5001)]
    [InlineData("instruction", 5001)]
    public void Overlong_headline_event_description_or_instruction_is_refused(string field, int length)
    {
        var text = new string('ư', length);
        var message = field switch
        {
            "headline" => Text() with { Headline = text },
            "event" => Text() with { Event = text },
            "description" => Text() with { Description = text },
            _ => Text() with { Instruction = text },
        };

        Assert.StartsWith($"is {length:N0} characters long", SingleProblem(message, field).Problem);
    }

    [Theory]
    [InlineData("https://media.dongthap.gov.vn/a.mp3")]
    [InlineData("http://127.0.0.1:8080/media/a.wav")]
    public void Audio_from_an_http_or_https_address_passes(string url) =>
        Assert.Empty(Problems(Audio() with { Audio = new AlertAudio(url, Sha256, 10) }));

    [Theory]
    [InlineData("ftp://media.example/a.mp3")]
    [InlineData("/media/a.mp3")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://media.example/bản tin.mp3")]
    public void Audio_from_anything_else_is_refused(string url) =>
        Assert.Contains($"'{url}' is not an http or https address", SingleProblem(Audio() with { Audio = new AlertAudio(url, Sha256, 10) }, "audio.url").Problem);

    [Theory]
    [InlineData("abc", "")]
    [InlineData("g000000000000000000000000000000000000000000000000000000000000000", "")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA00000000000000000000000000000000", "; write it in lower case")]
    public void A_sha256_that_is_not_64_lower_case_hex_digits_is_refused(string sha256, string hint)
    {
        var problem = SingleProblem(Audio() with { Audio = new AlertAudio("https://a.example/a.mp3", sha256, 10) }, "audio.sha256");

        Assert.EndsWith("is not a SHA-256 in hex (64 characters 0–9, a–f)" + hint, problem.Problem);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void An_audio_duration_that_is_not_positive_is_refused(double seconds) =>
        SingleProblem(Audio() with { Audio = new AlertAudio("https://a.example/a.mp3", Sha256, seconds) }, "audio.durationS");

    [Fact]
    public void Every_audio_problem_is_reported_at_once()
    {
        var message = Audio() with { Audio = new AlertAudio("nope", "nope", 0) };

        Assert.Equal(["audio.url", "audio.sha256", "audio.durationS"], Problems(message).Select(problem => problem.Field));
    }
}
