using CommuneRadio.DeviceProtocol;
using CommuneRadio.StationSimulator.Faults;
using CommuneRadio.StationSimulator.Tests.Support;

namespace CommuneRadio.StationSimulator.Tests.Faults;

[Collection(BrokerCollection.Name)]
public sealed class MalformedTests(BrokerFixture fixture)
{
    [Theory]
    [InlineData(MalformedKind.NotJson, "invalid JSON")]
    [InlineData(MalformedKind.WrongTypes, "invalid JSON at $.seq")]
    [InlineData(MalformedKind.VolumeOutOfRange, "volume 150 is outside 0–100")]
    [InlineData(MalformedKind.Oversized, "exceeds the 4096-byte limit")]
    [InlineData(MalformedKind.InvalidUtf8, "not valid UTF-8")]
    public async Task Each_malformed_kind_reaches_the_heartbeat_topic_and_fails_the_check_it_names(MalformedKind kind, string problem)
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);
        var topic = TopicLayout.Default.Heartbeat(harness.StationId, DeviceHarness.DeviceId);

        var sent = await harness.Device.PublishMalformedAsync(kind);

        var seen = await harness.Observer.WaitForAsync(m => m.Topic == topic && m.Payload.SequenceEqual(sent), $"the {kind} payload at the broker");
        Assert.False(DeviceMessages.TryReadHeartbeat(seen.Payload, out _, out var found));
        Assert.Contains(problem, found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_that_cannot_be_read_but_names_its_cmdId_is_rejected_invalid()
    {
        await using var harness = await DeviceHarness.StartAsync(fixture);

        await harness.Observer.SendRawAsync(DeviceHarness.DeviceId, """{"cmdId":"garbled","type":"play","repeat":"twice"}"""u8.ToArray());
        await harness.Observer.SendRawAsync(DeviceHarness.DeviceId, "not a command"u8.ToArray());

        var rejected = (await harness.AcksAtBrokerAsync("garbled", 1))[0];
        Assert.Equal(AckState.Rejected, rejected.State);
        Assert.StartsWith("invalid: invalid JSON at $.repeat", rejected.Reason, StringComparison.Ordinal);
        await harness.SendAsync(new DeviceCommand { CmdId = "marker", Type = CommandType.Volume, Volume = 50 }); // read after both
        Assert.Equal(2, harness.Device.Journal.UnreadableCommands);
        harness.Logs.ThrowIfErrors();
    }
}
