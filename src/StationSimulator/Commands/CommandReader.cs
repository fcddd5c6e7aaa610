using System.Text.Json;
using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Commands;

/// <summary>Reads a command payload; for one that cannot be read, finds its cmdId when it can so the device can reject it.</summary>
internal static class CommandReader
{
    public static bool TryRead(ReadOnlySpan<byte> payload, out DeviceCommand command, out string problem, out string? cmdId)
    {
        if (DeviceMessages.TryReadCommand(payload, out command, out problem))
        {
            cmdId = command.CmdId;
            return true;
        }

        cmdId = FindCmdId(payload);
        return false;
    }

    /// <summary>The top-level string <c>cmdId</c> of a JSON object, or null.</summary>
    private static string? FindCmdId(ReadOnlySpan<byte> payload)
    {
        if (payload.Length > ProtocolLimits.MaxCommandBytes)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(payload);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCmdId = reader.ValueTextEquals("cmdId"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isCmdId)
                {
                    return reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 and <= ProtocolLimits.MaxItemIdLength } id ? id : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Broken before a cmdId was found.
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 in the id.
        }

        return null;
    }
}
