using System.Buffers;
using System.Runtime.CompilerServices;
using CommuneRadio.Mqtt.Formatting;

namespace CommuneRadio.Mqtt.Internal;

/// <summary>
/// Reads whole packets from the stream into a pooled buffer. An idle connection holds no buffer: it
/// waits with a zero-byte read and rents one only when data arrives, so thousands of quiet clients
/// cost almost nothing. A busy one grows its buffer (up to 64 KiB) so one read takes many packets.
/// A frame handed out by <see cref="TryTakeFrame"/> stays valid until the next call of either
/// method. Used by one flow at a time (the handshake, then the receive loop).
/// </summary>
internal sealed class PacketReader(Stream stream, int maximumPacketSize) : IDisposable
{
    private const int InitialSize = 4 * 1024;
    private const int MaximumBatchSize = 64 * 1024;

    private byte[]? _buffer;
    private int _start;
    private int _end;
    private bool _lastReadFilledBuffer;

    /// <summary>Bytes held for the current buffer (0 when idle), for tests.</summary>
    public int BufferSize => _buffer?.Length ?? 0;

    /// <summary>
    /// Takes the next complete packet from the buffer, if there is one. Throws
    /// <see cref="MqttProtocolException"/> as soon as a fixed header is malformed or announces a
    /// packet over the maximum size, without waiting for its body.
    /// </summary>
    public bool TryTakeFrame(out byte fixedHeader, out ReadOnlyMemory<byte> body)
    {
        fixedHeader = 0;
        body = default;
        if (_buffer is null)
        {
            return false;
        }

        var available = _buffer.AsSpan(_start, _end - _start);
        if (!MqttFrame.TryReadHeader(available, maximumPacketSize, out var headerLength, out var remainingLength) ||
            available.Length < headerLength + remainingLength)
        {
            return false;
        }

        fixedHeader = available[0];
        body = _buffer.AsMemory(_start + headerLength, remainingLength);
        _start += headerLength + remainingLength;
        return true;
    }

    /// <summary>Reads more bytes. Returns false when the broker closed the stream.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        Compact();
        if (_buffer is null)
        {
            // Wait for data without holding memory (zero-byte read), then rent.
            await stream.ReadAsync(Memory<byte>.Empty, cancellationToken).ConfigureAwait(false);
            _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        }

        EnsureRoom();
        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return false;
        }

        _end += read;
        _lastReadFilledBuffer = _end == _buffer.Length;
        return true;
    }

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }

    private void Compact()
    {
        if (_buffer is null)
        {
            return;
        }

        if (_start == _end)
        {
            _start = _end = 0;
            if (!_lastReadFilledBuffer)
            {
                // Everything consumed and the stream had no more: go idle.
                Dispose();
            }

            return;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
    }

    private void EnsureRoom()
    {
        var needed = _end + 1;
        if (MqttFrame.TryReadHeader(_buffer.AsSpan(0, _end), maximumPacketSize, out var headerLength, out var remainingLength))
        {
            // A partial packet of known size: make room for all of it (already checked against the maximum).
            needed = Math.Max(needed, headerLength + remainingLength);
        }

        if (_lastReadFilledBuffer && _buffer!.Length < MaximumBatchSize)
        {
            needed = Math.Max(needed, _buffer.Length * 2);
        }

        if (needed <= _buffer!.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(needed);
        _buffer.AsSpan(0, _end).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
