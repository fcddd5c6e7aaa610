using System.Buffers;
using CommuneRadio.Mqtt.Formatting;
using CommuneRadio.Mqtt.Packets;

namespace CommuneRadio.Mqtt.Internal;

/// <summary>
/// The outgoing queue of one connection: callers encode packets into a pending buffer under a short
/// lock (so the bytes are copied before the call returns), and one writer loop takes the whole
/// buffer and writes it to the stream in a single call, batching whatever accumulated meanwhile.
/// <para>
/// Back-pressure: while more than <c>capacity</c> bytes wait, <see cref="WaitForSpaceAsync"/> makes
/// publishers wait until the writer has taken the buffer. The limit is checked before encoding, so a
/// burst of callers released together may overshoot it by one packet each; memory stays bounded by
/// the callers, never by time. Acknowledgements, PINGREQ and DISCONNECT skip the wait: they are
/// tiny and must not queue behind the publishes that clog the link.
/// </para>
/// Thread-safe. Buffers are rented from the shared pool and returned after each write, so an idle
/// connection holds none.
/// </summary>
internal sealed class PacketSender(Stream stream, MqttPacketFormatter formatter, TimeProvider time, int capacity)
{
    private const int MinimumBufferSize = 4 * 1024;

    private readonly Lock _lock = new();
    private readonly AsyncSignal _signal = new();
    private byte[]? _pending;
    private int _pendingLength;
    private TaskCompletionSource? _spaceFreed;
    private bool _closed;
    private long _lastWrite = time.GetTimestamp();

    /// <summary>Timestamp (of the connection's <see cref="TimeProvider"/>) of the last completed write.</summary>
    public long LastWriteTimestamp => Volatile.Read(ref _lastWrite);

    /// <summary>Encoded bytes waiting for the writer (for tests of the bound).</summary>
    public int PendingBytes
    {
        get
        {
            lock (_lock)
            {
                return _pendingLength;
            }
        }
    }

    /// <summary>Completes when the queue has room (or the sender closed, so the caller finds out by enqueueing).</summary>
    public ValueTask WaitForSpaceAsync(CancellationToken cancellationToken)
    {
        Task freed;
        lock (_lock)
        {
            if (_closed || _pendingLength < capacity)
            {
                return ValueTask.CompletedTask;
            }

            freed = (_spaceFreed ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }

        return new ValueTask(cancellationToken.CanBeCanceled ? freed.WaitAsync(cancellationToken) : freed);
    }

    /// <summary>Encodes <paramref name="packet"/> into the queue. False when the connection is closing.</summary>
    public bool TryEnqueue(MqttPacket packet)
    {
        var size = formatter.Measure(packet, out var bodyLength);
        return TryEnqueue(packet, size, bodyLength);
    }

    /// <summary>Same, for a packet the caller already measured with <see cref="MqttPacketFormatter.Measure"/>.</summary>
    public bool TryEnqueue(MqttPacket packet, int size, int bodyLength)
    {
        lock (_lock)
        {
            if (_closed)
            {
                return false;
            }

            formatter.Write(packet, bodyLength, Reserve(size));
            _pendingLength += size;
        }

        _signal.Set();
        return true;
    }

    /// <summary>PUBACK, PUBREC, PUBREL or PUBCOMP with only identifier and reason: no packet object, no allocation.</summary>
    public bool TryEnqueueAcknowledgement(MqttPacketType type, ushort packetId, MqttReasonCode reason)
    {
        lock (_lock)
        {
            if (_closed)
            {
                return false;
            }

            _pendingLength += PublishAcknowledgementCodec.WriteShort(Reserve(5), type, packetId, reason, formatter.Version);
        }

        _signal.Set();
        return true;
    }

    /// <summary>Accepts no more packets; the writer loop writes what is queued and ends.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
        }

        _signal.Set();
    }

    /// <summary>The writer loop: one per connection, ends after <see cref="Close"/> or on the first failed write.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await _signal.WaitAsync().ConfigureAwait(false);
                byte[]? batch;
                int length;
                bool closed;
                TaskCompletionSource? freed;
                lock (_lock)
                {
                    (batch, length, closed, freed) = (_pending, _pendingLength, _closed, _spaceFreed);
                    (_pending, _pendingLength, _spaceFreed) = (null, 0, null);
                }

                freed?.TrySetResult();
                if (batch is not null)
                {
                    try
                    {
                        await stream.WriteAsync(batch.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
                        Volatile.Write(ref _lastWrite, time.GetTimestamp());
                    }
                    finally
                    {
                        ArrayPool<byte>.Shared.Return(batch);
                    }
                }

                if (closed && PendingBytes == 0)
                {
                    return;
                }
            }
        }
        finally
        {
            TaskCompletionSource? freed;
            lock (_lock)
            {
                _closed = true;
                freed = _spaceFreed;
                _spaceFreed = null;
                if (_pending is not null)
                {
                    ArrayPool<byte>.Shared.Return(_pending);
                    (_pending, _pendingLength) = (null, 0);
                }
            }

            freed?.TrySetResult();
        }
    }

    private Span<byte> Reserve(int size)
    {
        if (_pending is null)
        {
            _pending = ArrayPool<byte>.Shared.Rent(Math.Max(size, MinimumBufferSize));
        }
        else if (_pending.Length - _pendingLength < size)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_pending.Length * 2, _pendingLength + size));
            _pending.AsSpan(0, _pendingLength).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_pending);
            _pending = larger;
        }

        return _pending.AsSpan(_pendingLength, size);
    }
}
