using CommuneRadio.Mqtt.Topics;

namespace CommuneRadio.Mqtt.Tests.Topics;

public sealed class TopicCacheTests
{
    [Fact]
    public void A_repeated_topic_is_the_same_string_and_costs_no_allocation()
    {
        var cache = new TopicCache(capacity: 8);
        var bytes = "stations/s-17/devices/d-3/heartbeat"u8.ToArray();
        var first = TopicNames.Decode(bytes, cache);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = TopicNames.Decode(bytes, cache);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(first, again);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void The_cache_never_holds_more_than_its_capacity()
    {
        var cache = new TopicCache(capacity: 3);
        foreach (var i in Enumerable.Range(0, 10))
        {
            cache.GetOrAdd($"t/{i}");
            Assert.InRange(cache.Count, 1, 3);
        }
    }
}
