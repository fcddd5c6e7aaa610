using System.Globalization;
using Microsoft.Extensions.Logging;
using MQTTnet.Diagnostics.Logger;

namespace CommuneRadio.MqttLink;

/// <summary>
/// MQTTnet's own log lines, at Debug (Verbose at Trace) under the category <c>MQTTnet</c>. They
/// are details: every connection the library closes reaches the link as a disconnect, and the link
/// logs that at Warning with the library's exception. Off (no formatting cost) unless Debug is on.
/// </summary>
internal sealed class MqttNetLogBridge(ILogger logger) : IMqttNetLogger
{
    public bool IsEnabled => logger.IsEnabled(LogLevel.Debug);

    public void Publish(MqttNetLogLevel level, string source, string message, object[] parameters, Exception exception)
    {
        var mapped = level == MqttNetLogLevel.Verbose ? LogLevel.Trace : LogLevel.Debug;
        if (!logger.IsEnabled(mapped))
        {
            return;
        }

        var text = message;
        if (parameters is { Length: > 0 })
        {
            try
            {
                text = string.Format(CultureInfo.InvariantCulture, message, parameters);
            }
            catch (FormatException)
            {
                // A message that is not a format string: keep it as it is.
            }
        }

        logger.Log(mapped, 0, exception, "{Source} ({MqttNetLevel}): {Text}", source, level, text);
    }
}
