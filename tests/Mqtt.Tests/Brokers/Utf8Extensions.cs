using System.Text;

namespace CommuneRadio.Mqtt.Tests.Brokers;

public static class Utf8Extensions
{
    public static string Utf8(this byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
