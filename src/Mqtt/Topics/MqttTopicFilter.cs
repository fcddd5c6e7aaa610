namespace CommuneRadio.Mqtt;

/// <summary>
/// Topic filters and their matching (MQTT 5.0 section 4.7): <c>+</c> matches one level, <c>#</c>
/// (last, alone in its level) matches the parent and every level below. Filters starting with a
/// wildcard do not match topics starting with <c>$</c> [MQTT-4.7.2-1]. A shared subscription
/// <c>$share/{group}/{filter}</c> (section 4.8.2) matches like its inner filter. Thread-safe: pure
/// functions.
/// </summary>
public static class MqttTopicFilter
{
    private const string SharePrefix = "$share/";

    /// <summary>True when <paramref name="topic"/> matches <paramref name="filter"/>. Neither is validated; see <see cref="IsValid"/>.</summary>
    public static bool Matches(string filter, string topic)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(topic);
        return Matches(filter.AsSpan(), topic.AsSpan());
    }

    /// <inheritdoc cref="Matches(string, string)"/>
    public static bool Matches(ReadOnlySpan<char> filter, ReadOnlySpan<char> topic)
    {
        if (TrySplitShared(filter, out _, out var inner))
        {
            filter = inner;
        }

        if (topic.StartsWith('$') && (filter.StartsWith('+') || filter.StartsWith('#')))
        {
            return false;
        }

        while (true)
        {
            var filterEnd = filter.IndexOf('/');
            var filterLevel = filterEnd < 0 ? filter : filter[..filterEnd];
            if (filterLevel.SequenceEqual("#"))
            {
                return true;
            }

            var topicEnd = topic.IndexOf('/');
            var topicLevel = topicEnd < 0 ? topic : topic[..topicEnd];
            if (!filterLevel.SequenceEqual("+") && !filterLevel.SequenceEqual(topicLevel))
            {
                return false;
            }

            if (filterEnd < 0 || topicEnd < 0)
            {
                // Both must end here, except that "a/#" also matches "a" (section 4.7.1.2).
                return (filterEnd < 0 && topicEnd < 0) || (topicEnd < 0 && filter[(filterEnd + 1)..].SequenceEqual("#"));
            }

            filter = filter[(filterEnd + 1)..];
            topic = topic[(topicEnd + 1)..];
        }
    }

    /// <summary>
    /// True when <paramref name="filter"/> is a valid Topic Filter: not empty, <c>#</c> only as the
    /// whole last level, <c>+</c> only as a whole level, no U+0000, and for <c>$share/</c> a group
    /// name without wildcards or '/' followed by a valid filter.
    /// </summary>
    public static bool IsValid(string filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Length == 0 || filter.Contains('\0'))
        {
            return false;
        }

        var span = filter.AsSpan();
        if (span.StartsWith(SharePrefix, StringComparison.Ordinal))
        {
            if (!TrySplitShared(span, out var group, out span) || group.IsEmpty || group.IndexOfAny('+', '#') >= 0 || span.IsEmpty)
            {
                return false;
            }
        }

        while (true)
        {
            var end = span.IndexOf('/');
            var level = end < 0 ? span : span[..end];
            if (level.IndexOfAny('+', '#') >= 0 && level.Length != 1)
            {
                return false;
            }

            if (level.SequenceEqual("#") && end >= 0)
            {
                return false;
            }

            if (end < 0)
            {
                return true;
            }

            span = span[(end + 1)..];
        }
    }

    /// <summary>True for <c>$share/{group}/{filter}</c>; returns the group and the inner filter.</summary>
    public static bool TrySplitShared(ReadOnlySpan<char> filter, out ReadOnlySpan<char> group, out ReadOnlySpan<char> innerFilter)
    {
        group = default;
        innerFilter = default;
        if (!filter.StartsWith(SharePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = filter[SharePrefix.Length..];
        var slash = rest.IndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        group = rest[..slash];
        innerFilter = rest[(slash + 1)..];
        return true;
    }
}
