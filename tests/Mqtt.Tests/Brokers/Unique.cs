namespace CommuneRadio.Mqtt.Tests.Brokers;

/// <summary>Fresh names per test, so tests sharing a broker never see each other's messages.</summary>
public static class Unique
{
    public static string ClientId(string purpose) => $"{purpose}-{Guid.NewGuid():N}"[..Math.Min(purpose.Length + 13, 60)];

    public static string Topic(string purpose) => $"test/{purpose}/{Guid.NewGuid():N}";
}
