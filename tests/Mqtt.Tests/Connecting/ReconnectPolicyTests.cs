namespace CommuneRadio.Mqtt.Tests.Connecting;

public sealed class ReconnectPolicyTests
{
    [Fact]
    public void Delays_double_from_the_initial_delay_up_to_the_maximum()
    {
        var policy = new MqttReconnectPolicy { InitialDelay = TimeSpan.FromSeconds(1), MaximumDelay = TimeSpan.FromSeconds(30), Jitter = 0 };

        var delays = Enumerable.Range(0, 8).Select(attempt => policy.GetDelay(attempt, random: 0.7).TotalSeconds);

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
        Assert.Equal(TimeSpan.FromSeconds(30), policy.GetDelay(int.MaxValue, 0.5));
    }

    [Fact]
    public void Jitter_shortens_each_delay_by_a_random_part_of_at_most_the_jitter_fraction()
    {
        var policy = new MqttReconnectPolicy { InitialDelay = TimeSpan.FromSeconds(8), MaximumDelay = TimeSpan.FromSeconds(8), Jitter = 0.5 };

        Assert.Equal(TimeSpan.FromSeconds(8), policy.GetDelay(0, random: 0));
        Assert.Equal(TimeSpan.FromSeconds(6), policy.GetDelay(0, random: 0.5));
        Assert.Equal(TimeSpan.FromSeconds(4), policy.GetDelay(0, random: 1));
        var spread = Enumerable.Range(0, 1000).Select(i => policy.GetDelay(3, Random.Shared.NextDouble())).ToList();
        Assert.All(spread, d => Assert.InRange(d, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)));
        Assert.True(spread.Distinct().Count() > 100, "jittered delays should differ from client to client");
    }

    [Fact]
    public async Task A_policy_that_cannot_work_is_refused_at_connect()
    {
        await using var client = new MqttClient();

        await Assert.ThrowsAsync<ArgumentException>(() => client.ConnectAsync(new MqttClientOptions
        {
            Reconnect = new MqttReconnectPolicy { InitialDelay = TimeSpan.FromSeconds(10), MaximumDelay = TimeSpan.FromSeconds(1) },
        }));
    }
}
