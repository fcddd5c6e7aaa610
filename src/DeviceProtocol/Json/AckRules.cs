namespace CommuneRadio.DeviceProtocol;

/// <summary>What an ack must hold beyond what its JSON types say.</summary>
internal static class AckRules
{
    public static string? Problem(CommandAck a) =>
        string.IsNullOrWhiteSpace(a.CmdId) ? "cmdId must not be empty"
        : a.CmdId.Length > ProtocolLimits.MaxItemIdLength ? $"cmdId is longer than {ProtocolLimits.MaxItemIdLength} characters"
        : a.Reason?.Length > ProtocolLimits.MaxReasonLength ? $"reason is longer than {ProtocolLimits.MaxReasonLength} characters"
        : !Enum.IsDefined(a.State) ? "state is unknown"
        : null;
}
