using System.Threading.Channels;
using MQTTnet.Exceptions;
using Microsoft.Extensions.Logging;

namespace CommuneRadio.StationSimulator.Publishing;

/// <summary>
/// Everything one device publishes besides its status goes through here, one message at a time and
/// in order, so acks of one command never overtake each other. One lightweight async loop per
/// device (no thread): it waits on the channel, and on the device's online gate while the link is
/// down. Enqueueing never blocks, so it is safe under the device's lock.
/// </summary>
internal sealed class DeviceOutbox(IOutboxOwner owner, ILogger logger)
{
    private readonly Channel<OutgoingMessage> _queue = Channel.CreateUnbounded<OutgoingMessage>(
        new UnboundedChannelOptions { SingleReader = true, SingleWriter = false });

    public void Enqueue(OutgoingMessage message)
    {
        if (!_queue.Writer.TryWrite(message))
        {
            owner.OnOutgoingDone(message, published: false);
        }
    }

    /// <summary>Completes once everything enqueued before this call was published or dropped.</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Enqueue(new OutgoingMessage { Kind = OutgoingKind.Flush, Completion = done });
        return done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The loop; ends when <paramref name="cancellationToken"/> is cancelled, dropping what is left.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_queue.Reader.TryRead(out var message))
                {
                    var published = await SendAsync(message, cancellationToken).ConfigureAwait(false);
                    owner.OnOutgoingDone(message, published);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The device stopped.
        }

        while (_queue.Reader.TryRead(out var left))
        {
            owner.OnOutgoingDone(left, published: false);
        }
    }

    private async Task<bool> SendAsync(OutgoingMessage outgoing, CancellationToken cancellationToken)
    {
        if (outgoing.Message is not { } message)
        {
            return true;
        }

        if (outgoing.NotBefore is { } notBefore)
        {
            await Devices.ClockDelays.DelayUntilAsync(owner.Time, notBefore, cancellationToken).ConfigureAwait(false);
        }

        while (true)
        {
            if (outgoing.DropWhenOffline && !owner.Online.IsOpen)
            {
                return false;
            }

            await owner.Online.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (owner.CurrentClient is not { } client)
            {
                await Task.Yield();
                continue;
            }

            try
            {
                var result = await client.PublishAsync(message, cancellationToken).ConfigureAwait(false);
                if (!result.IsSuccess)
                {
                    SimulatorLog.PublishRefused(logger, message.Topic, result.ReasonCode);
                }

                return result.IsSuccess;
            }
            catch (MqttCommunicationException)
            {
                owner.OnNotConnected(client);
            }
            catch (ObjectDisposedException)
            {
                // The link was cut and the client replaced: wait for the new one.
                owner.OnNotConnected(client);
            }
        }
    }
}
