namespace CommuneRadio.DeviceProtocol;

/// <summary>
/// Station and device ids as they appear in topics: 1–64 characters from <c>A–Z a–z 0–9 - _</c>.
/// No MQTT wildcard, separator or control character can appear, so an id is always exactly one
/// topic level.
/// </summary>
public static class ProtocolIds
{
    public const int MaxLength = 64;

    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.IsEmpty || id.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Why <paramref name="id"/> is not valid, or null when it is.</summary>
    public static string? Problem(string? id) => id switch
    {
        null or "" => "must not be empty",
        { Length: > MaxLength } => $"must be at most {MaxLength} characters",
        _ when !IsValid(id) => "may contain only letters A–Z, a–z, digits, '-' and '_'",
        _ => null,
    };
}
