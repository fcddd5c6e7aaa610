using System.Text;

namespace CommuneRadio.Bench.Mqtt;

/// <summary>The message every run moves: a heartbeat-sized JSON line (no newline inside, so mosquitto_pub -l sends it as one message).</summary>
internal static class BenchMessages
{
    public const int PayloadSize = 100;

    public static readonly byte[] Payload = Make();

    /// <summary><paramref name="count"/> payload lines, for mosquitto_pub -l.</summary>
    public static byte[] Lines(int count)
    {
        var lines = new byte[count * (PayloadSize + 1)];
        for (var i = 0; i < count; i++)
        {
            Payload.CopyTo(lines, i * (PayloadSize + 1));
            lines[(i * (PayloadSize + 1)) + PayloadSize] = (byte)'\n';
        }

        return lines;
    }

    private static byte[] Make()
    {
        var json = "{\"seq\":1,\"uptimeS\":86400,\"volume\":70,\"state\":\"playing\",\"rssi\":-71,\"firmware\":\"2.1.0\",\"amp\":\"on\"}";
        return Encoding.UTF8.GetBytes(json.PadRight(PayloadSize, ' '))[..PayloadSize];
    }
}
