using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Playback;
using CommuneRadio.StationSimulator.Tests.Support;

namespace CommuneRadio.StationSimulator.Tests.Playback;

[Collection(BrokerCollection.Name)]
public sealed class PlaybackSpeedTests(BrokerFixture fixture)
{
    [Fact]
    public async Task On_the_real_clock_a_fast_playback_speed_plays_a_long_text_announcement_in_milliseconds()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture, o => o with { PlaybackSpeed = 1000 }, TimeProvider.System);
        var text = string.Concat(Enumerable.Repeat("Cảnh báo bão số 3, đề nghị bà con neo đậu tàu thuyền. ", 20));
        var announcement = new DeviceCommand { CmdId = "tts-1", Type = CommandType.Play, Text = text, Repeat = 2, RepeatIntervalS = 60 };

        await harness.SendAsync(announcement);

        var plays = await harness.Device.WaitForPlaysAsync("tts-1", 2).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([AckState.Received, AckState.Playing, AckState.Done], (await harness.AcksAtBrokerAsync("tts-1", 3)).Select(a => a.State));
        var spoken = PlayDuration.Of(announcement)!.Value;
        Assert.InRange(spoken.TotalSeconds, 75, 85); // about 1,100 characters at 14 a second
        Assert.InRange(plays[1].At - plays[0].At, (spoken + TimeSpan.FromSeconds(60)) / 1000, TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData(95.5, 1, 95.5)]
    [InlineData(95.5, 10, 9.55)]
    [InlineData(1, 1e12, 0.0000001)]
    public void Media_plays_for_its_duration_divided_by_the_speed_and_never_for_zero(double durationS, double speed, double expectedS) =>
        Assert.Equal(TimeSpan.FromSeconds(expectedS), PlayDuration.Scale(TimeSpan.FromSeconds(durationS), speed));
}
