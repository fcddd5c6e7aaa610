using System.Globalization;

namespace CommuneRadio.StationSimulator.Cli;

/// <summary>Parsing of option values a person types: durations such as <c>30s</c> and broker addresses <c>HOST:PORT</c>.</summary>
public static class CliParsers
{
    /// <summary>
    /// <c>500ms</c>, <c>30s</c>, <c>2m</c>, <c>1h</c>, <c>1.5s</c>, or a TimeSpan (<c>00:00:30</c>).
    /// Null with <paramref name="problem"/> set when the text is none of those or not positive.
    /// </summary>
    public static TimeSpan? ParseDuration(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        var value = text.Trim();
        (string Suffix, double Seconds)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)];
        foreach (var (suffix, seconds) in units)
        {
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) &&
                double.TryParse(value[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return Positive(TimeSpan.FromSeconds(number * seconds), text, out problem);
            }
        }

        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span))
        {
            return Positive(span, text, out problem);
        }

        problem = $"'{text}' is not a duration; write e.g. 30s, 500ms, 2m or 00:00:30";
        return null;
    }

    /// <summary><c>HOST:PORT</c> (an IPv6 address in brackets: <c>[::1]:1883</c>); the port defaults to 1883.</summary>
    public static (string Host, int Port)? ParseBroker(string text, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        problem = null;
        var value = text.Trim();
        var colon = value.LastIndexOf(':');
        if (colon < 0 || (value.StartsWith('[') && !value[..colon].EndsWith(']')))
        {
            return value.Length > 0 ? (value.Trim('[', ']'), MqttLink.BrokerLinkOptions.DefaultPort) : Fail(text, out problem);
        }

        var host = value[..colon].Trim('[', ']');
        return host.Length > 0 && int.TryParse(value[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? (host, port)
            : Fail(text, out problem);
    }

    private static (string, int)? Fail(string text, out string? problem)
    {
        problem = $"'{text}' is not a broker address; write HOST:PORT, e.g. 127.0.0.1:51883";
        return null;
    }

    private static TimeSpan? Positive(TimeSpan value, string text, out string? problem)
    {
        problem = value > TimeSpan.Zero ? null : $"'{text}' must be a positive duration";
        return problem is null ? value : null;
    }
}
