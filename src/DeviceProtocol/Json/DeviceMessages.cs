using System.Text.Unicode;
using System.Text.Json;

namespace CommuneRadio.DeviceProtocol;

/// <summary>
/// Reads device payloads strictly (wrong types, missing required fields, out-of-range values and
/// oversized payloads are refused with a reason a person can act on) and writes commands.
/// Unknown fields are ignored, so devices may send more than v1 defines. Thread-safe.
/// </summary>
public static class DeviceMessages
{
    public static bool TryReadHeartbeat(ReadOnlySpan<byte> payload, out Heartbeat heartbeat, out string problem) =>
        TryRead(payload, DeviceProtocolJson.Default.Heartbeat, HeartbeatRules.Problem, out heartbeat, out problem);

    public static bool TryReadAck(ReadOnlySpan<byte> payload, out CommandAck ack, out string problem) =>
        TryRead(payload, DeviceProtocolJson.Default.CommandAck, AckRules.Problem, out ack, out problem);

    /// <summary>Reads the status payload: exactly <c>online</c> or <c>offline</c> (surrounding whitespace allowed).</summary>
    public static bool TryReadStatus(ReadOnlySpan<byte> payload, out DeviceConnectionStatus status, out string problem)
    {
        var text = payload.Trim(" \t\r\n"u8);
        (status, problem) = text.SequenceEqual("online"u8) ? (DeviceConnectionStatus.Online, "")
            : text.SequenceEqual("offline"u8) ? (DeviceConnectionStatus.Offline, "")
            : (default, "status must be 'online' or 'offline'");
        return problem.Length == 0;
    }

    public static byte[] Write(DeviceCommand command) =>
        JsonSerializer.SerializeToUtf8Bytes(command, DeviceProtocolJson.Default.DeviceCommand);

    public static byte[] Write(Heartbeat heartbeat) =>
        JsonSerializer.SerializeToUtf8Bytes(heartbeat, DeviceProtocolJson.Default.Heartbeat);

    public static byte[] Write(CommandAck ack) =>
        JsonSerializer.SerializeToUtf8Bytes(ack, DeviceProtocolJson.Default.CommandAck);

    public static bool TryReadCommand(ReadOnlySpan<byte> payload, out DeviceCommand command, out string problem) =>
        TryRead(payload, DeviceProtocolJson.Default.DeviceCommand, _ => null, out command, out problem, ProtocolLimits.MaxCommandBytes);

    private static bool TryRead<T>(
        ReadOnlySpan<byte> payload,
        System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo,
        Func<T, string?> rules,
        out T value,
        out string problem,
        int maxBytes = ProtocolLimits.MaxDevicePayloadBytes)
        where T : class
    {
        value = null!;
        if (payload.Length > maxBytes)
        {
            problem = $"payload of {payload.Length} bytes exceeds the {maxBytes}-byte limit";
            return false;
        }

        if (!Utf8.IsValid(payload))
        {
            problem = "payload is not valid UTF-8";
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize(payload, typeInfo)!;
        }
        catch (JsonException e)
        {
            problem = e.Path is { Length: > 1 } path ? $"invalid JSON at {path}: {FirstSentence(e.Message)}" : $"invalid JSON: {FirstSentence(e.Message)}";
            return false;
        }

        if (value is null)
        {
            problem = "payload is JSON null";
            return false;
        }

        problem = rules(value) ?? "";
        return problem.Length == 0;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
