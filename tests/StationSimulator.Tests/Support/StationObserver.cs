using CommuneRadio.DeviceProtocol;
using System.Buffers;
using CommuneRadio.MqttLink;
using MQTTnet;
using MQTTnet.Protocol;
using CommuneRadio.TestSupport;
using CommuneRadio.TestSupport.Mosquitto;

namespace CommuneRadio.StationSimulator.Tests.Support;

/// <summary>
/// The system side of a test: a plain MQTT client subscribed to <c>stations/{s}/#</c> that keeps
/// everything it sees, sends commands, and waits for messages by predicate (signalled, no polling).
/// </summary>
public sealed class StationObserver : IAsyncDisposable
{
    private readonly List<ObservedMessage> _messages = [];
    private BrokerLink _client = null!;
    private readonly List<(Func<ObservedMessage, bool> Match, int Count, TaskCompletionSource<IReadOnlyList<ObservedMessage>> Done)> _waiters = [];

    private StationObserver(string stationId) => StationId = stationId;

    public string StationId { get; }

    public IReadOnlyList<ObservedMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public static async Task<StationObserver> StartAsync(MosquittoBroker broker, string stationId)
    {
        var observer = new StationObserver(stationId);
        observer._client = new BrokerLink(new BrokerLinkOptions
        {
            Host = broker.Host,
            Port = broker.Port,
            ClientId = $"observer-{Guid.NewGuid():N}"[..30],
            UserName = "observer",
            Password = "observer",
            Reconnect = null,
            MessageHandler = observer.OnMessageAsync,
        });
        await observer._client.ConnectAsync();
        await observer._client.SubscribeAsync($"stations/{stationId}/#", MqttQualityOfServiceLevel.AtLeastOnce);
        return observer;
    }

    public Task SendAsync(DeviceCommand command, string? deviceId = null) =>
        PublishAsync(
            deviceId is null ? TopicLayout.Default.StationCommands(StationId) : TopicLayout.Default.DeviceCommands(StationId, deviceId),
            DeviceMessages.Write(command));

    public Task SendRawAsync(string deviceId, byte[] payload) => PublishAsync(TopicLayout.Default.DeviceCommands(StationId, deviceId), payload);

    private Task PublishAsync(string topic, byte[] payload) =>
        _client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());

    /// <summary>Completes with the first <paramref name="count"/> matching messages once seen (counting those already seen).</summary>
    public Task<IReadOnlyList<ObservedMessage>> WaitForAsync(Func<ObservedMessage, bool> match, int count, string what)
    {
        var done = new TaskCompletionSource<IReadOnlyList<ObservedMessage>>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_messages)
        {
            if (_messages.Where(match).Take(count).ToList() is { } seen && seen.Count >= count)
            {
                return Task.FromResult<IReadOnlyList<ObservedMessage>>(seen);
            }

            _waiters.Add((match, count, done));
        }

        return done.Task.WithTimeout($"{what} (seen at the broker: {Environment.NewLine}{string.Join(Environment.NewLine, Messages)})");
    }

    public async Task<ObservedMessage> WaitForAsync(Func<ObservedMessage, bool> match, string what) => (await WaitForAsync(match, 1, what))[0];

    /// <summary>Acks of <paramref name="cmdId"/> seen so far, read with the protocol's own reader.</summary>
    public IReadOnlyList<CommandAck> AcksOf(string deviceId, string cmdId) =>
        [.. Messages.Where(m => m.Topic == TopicLayout.Default.Ack(StationId, deviceId)).Select(ReadAck).Where(a => a.CmdId == cmdId)];

    public Task<ObservedMessage> WaitForAckAsync(string deviceId, string cmdId, AckState state) =>
        WaitForAsync(
            m => m.Topic == TopicLayout.Default.Ack(StationId, deviceId) && ReadAck(m) is { } ack && ack.CmdId == cmdId && ack.State == state,
            $"ack {state} of {cmdId} from {StationId}/{deviceId}");

    public static CommandAck ReadAck(ObservedMessage message) =>
        DeviceMessages.TryReadAck(message.Payload, out var ack, out var problem) ? ack : throw new Xunit.Sdk.XunitException($"invalid ack {message}: {problem}");

    public static Heartbeat ReadHeartbeat(ObservedMessage message) =>
        DeviceMessages.TryReadHeartbeat(message.Payload, out var heartbeat, out var problem) ? heartbeat : throw new Xunit.Sdk.XunitException($"invalid heartbeat {message}: {problem}");

    public async ValueTask DisposeAsync() => await _client.DisposeAsync();

    private ValueTask OnMessageAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        var observed = new ObservedMessage(message.Topic, message.Payload.ToArray(), message.Retain, message.QualityOfServiceLevel);
        lock (_messages)
        {
            _messages.Add(observed);
            foreach (var waiter in _waiters.ToList())
            {
                if (_messages.Where(waiter.Match).Take(waiter.Count).ToList() is { } seen && seen.Count >= waiter.Count)
                {
                    waiter.Done.TrySetResult(seen);
                    _waiters.Remove(waiter);
                }
            }
        }

        return ValueTask.CompletedTask;
    }
}
