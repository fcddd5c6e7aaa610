namespace CommuneRadio.Bench;

/// <summary>Every benchmark <c>bench/run</c> knows, by name.</summary>
public static class Benchmarks
{
    public static IReadOnlyList<IBenchmark> All { get; } =
    [
        new GrainCalls.GrainCallsBenchmark(),
        new Mqtt.MqttBenchmark(),
        new Heartbeat.HeartbeatBenchmark(),
        new Alert.AlertBenchmark(),
    ];
}
