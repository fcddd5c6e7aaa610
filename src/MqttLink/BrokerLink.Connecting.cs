using System.Text;
using System.Buffers;
using MQTTnet;
using MQTTnet.Formatter;

namespace CommuneRadio.MqttLink;

public sealed partial class BrokerLink
{
    /// <summary>
    /// Connects with <see cref="BrokerLinkOptions.CleanStart"/> and, with a reconnect policy, starts the
    /// loop that keeps the link up. Throws <see cref="BrokerLinkConnectException"/> when the broker
    /// refuses, <see cref="TimeoutException"/> after <see cref="BrokerLinkOptions.Timeout"/>,
    /// <see cref="MQTTnet.Exceptions.MqttCommunicationException"/> when the broker cannot be reached,
    /// and <see cref="InvalidOperationException"/> when the link is not Disconnected.
    /// </summary>
    public async Task<MqttClientConnectResult> ConnectAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            if (_state != BrokerLinkState.Disconnected || _connecting)
            {
                throw new InvalidOperationException($"MQTT link {this} is {_state}; connect it only when disconnected.");
            }

            _connecting = true;
        }

        try
        {
            var connection = await OpenAsync(Options.CleanStart, cancellationToken).ConfigureAwait(false);
            BrokerLinkStateChangedEventArgs? change;
            lock (_gate)
            {
                if (_disposed)
                {
                    connection.Client.Dispose();
                    throw new ObjectDisposedException(ToString());
                }

                _connection = connection;
                _run = new CancellationTokenSource();
                if (Options.Reconnect is not null)
                {
                    var run = _run.Token;
                    _keeper = Task.Run(() => KeepAsync(run), CancellationToken.None);
                }

                change = SetState(BrokerLinkState.Connected);
            }

            Raise(change);
            if (connection.Lost.Task.IsCompleted)
            {
                Retire(connection, connection.Lost.Task.Result, exception: null);
            }

            return connection.Result!;
        }
        finally
        {
            lock (_gate)
            {
                _connecting = false;
            }
        }
    }

    /// <summary>One network connection: a new MQTTnet client, CONNECT, CONNACK checked.</summary>
    private async Task<LinkConnection> OpenAsync(bool cleanStart, CancellationToken cancellationToken)
    {
        var client = Factory.CreateMqttClient(_libraryLogger);
        var connection = new LinkConnection(client);
        client.ApplicationMessageReceivedAsync += e => OnReceivedAsync(connection, e);
        client.DisconnectedAsync += e => OnDisconnectedAsync(connection, e);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Options.Timeout);
        try
        {
            var result = await client.ConnectAsync(ClientOptions(cleanStart), limit.Token).ConfigureAwait(false);
            if (result.ResultCode != MqttClientConnectResultCode.Success)
            {
                throw new BrokerLinkConnectException(result);
            }

            connection.Opened(result);
            return connection;
        }
        catch (Exception e) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested && e is not BrokerLinkConnectException)
        {
            client.Dispose();
            throw new TimeoutException($"MQTT link {this} did not connect within {Options.Timeout.TotalSeconds:0.#} s.", e);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private MqttClientOptions ClientOptions(bool cleanStart)
    {
        var o = Options;
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(o.Host, o.Port)
            .WithClientId(o.ClientId)
            .WithProtocolVersion(o.ProtocolVersion)
            .WithCleanStart(cleanStart)
            .WithTimeout(o.Timeout);
        builder = o.KeepAlive > TimeSpan.Zero ? builder.WithKeepAlivePeriod(o.KeepAlive) : builder.WithNoKeepAlive();
        if (o.UserName is not null)
        {
            builder = builder.WithCredentials(o.UserName, o.Password is null ? null : Encoding.UTF8.GetBytes(o.Password));
        }

        var v5 = o.ProtocolVersion == MqttProtocolVersion.V500;
        if (v5 && o.SessionExpiry > TimeSpan.Zero)
        {
            builder = builder.WithSessionExpiryInterval(Seconds(o.SessionExpiry));
        }

        if (o.Will is { } will)
        {
            builder = builder
                .WithWillTopic(will.Topic)
                .WithWillPayload(will.Payload.ToArray())
                .WithWillQualityOfServiceLevel(will.QualityOfServiceLevel)
                .WithWillRetain(will.Retain);
            if (v5)
            {
                builder = builder.WithWillPayloadFormatIndicator(will.PayloadFormatIndicator);
            }
        }

        return builder.Build();
    }

    /// <summary>Whole seconds, rounded up, as MQTT carries durations.</summary>
    internal static uint Seconds(TimeSpan duration) =>
        (uint)Math.Min(Math.Ceiling(duration.TotalSeconds), uint.MaxValue - 1);
}
