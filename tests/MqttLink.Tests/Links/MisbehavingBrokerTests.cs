using CommuneRadio.MqttLink.Tests.Support;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.MisbehavingBroker;
using Microsoft.Extensions.Logging;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace CommuneRadio.MqttLink.Tests.Links;

/// <summary>
/// A broker that breaks the protocol on the first connection: the link logs why, drops that
/// connection, reconnects and is served again; nothing the specification forbids reaches the handler.
/// </summary>
public sealed class MisbehavingBrokerTests
{
    private const string Topic = "stations/s-1/devices/d-01/heartbeat";
    private const string Bad = "hỏng";
    private const string Good = "tốt";

    public static TheoryData<BrokerFault, MqttProtocolVersion> Cases()
    {
        var cases = new TheoryData<BrokerFault, MqttProtocolVersion>();
        foreach (var fault in Enum.GetValues<BrokerFault>())
        {
            cases.Add(fault, MqttProtocolVersion.V500);
            if (fault != BrokerFault.UnknownTopicAlias)
            {
                cases.Add(fault, MqttProtocolVersion.V311);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_link_drops_the_connection_logs_why_reconnects_and_is_served_again(BrokerFault fault, MqttProtocolVersion protocol)
    {
        await using var broker = MisbehavingBroker.Start(fault, Topic, Bad, Good);
        using var logs = new LogCapture();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        var inbox = new Inbox();
        var rejected = new List<string>();
        await using var link = new BrokerLink(new BrokerLinkOptions
        {
            Host = broker.Host,
            Port = broker.Port,
            ClientId = TestLinks.Unique("bad"),
            ProtocolVersion = protocol,
            Reconnect = TestLinks.Fast,
            MessageHandler = inbox.HandleAsync,
            MessageRejected = problem =>
            {
                lock (rejected)
                {
                    rejected.Add(problem);
                }
            },
            LoggerFactory = factory,
        });

        await link.ConnectAsync();
        await link.SubscribeAsync("stations/#", MqttQualityOfServiceLevel.AtLeastOnce);
        await inbox.WaitForAsync(m => m.Text == Good).WithTimeout($"after {fault} the link reconnects and the broker's next message arrives");

        Assert.True(broker.Connections >= 2, $"the spoiled connection was dropped and another made ({broker.Connections} connections)");
        Assert.DoesNotContain(inbox.Messages, m => m.Text == Bad);
        Assert.All(inbox.Messages, m => Assert.Equal((Topic, Good), m));
        var lostLines = logs.AtLeast(LogLevel.Warning).Where(e => e.Category == typeof(BrokerLink).FullName).ToList();
        Assert.True(lostLines.Count > 0, $"the link logs why it dropped the connection after {fault}");
        logs.ThrowIfErrors();

        // What MQTTnet 5.2 hands over as an ordinary message, the guard stops (counted, logged); the
        // rest MQTTnet itself treats as a broken connection.
        lock (rejected)
        {
            if (GuardCatches(fault))
            {
                Assert.Single(rejected);
                Assert.Equal(1, link.RejectedMessages);
                Assert.Contains(lostLines, e => e.Message.Contains("dropped a message", StringComparison.Ordinal) && e.Message.Contains(rejected[0], StringComparison.Ordinal));
            }
            else
            {
                Assert.Empty(rejected);
                Assert.Contains(lostLines, e => e.Message.Contains("lost", StringComparison.Ordinal));
            }
        }
    }

    private static bool GuardCatches(BrokerFault fault) => fault is BrokerFault.InvalidUtf8Topic or BrokerFault.UnknownTopicAlias or BrokerFault.QoS3 or BrokerFault.WildcardTopic;
}
