namespace CommuneRadio.MqttLink;

/// <summary>
/// When to try again after a lost connection: exponential backoff from <see cref="InitialDelay"/>
/// up to <see cref="MaximumDelay"/>, each delay shortened by a random part of up to
/// <see cref="Jitter"/>, so that thousands of links dropped together do not come back together.
/// Immutable; share one instance freely.
/// </summary>
public sealed record ReconnectPolicy
{
    /// <summary>1 s, doubling to at most 60 s, with up to half of each delay random.</summary>
    public static ReconnectPolicy Default { get; } = new();

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaximumDelay { get; init; } = TimeSpan.FromSeconds(60);

    public double Multiplier { get; init; } = 2.0;

    /// <summary>Fraction (0 to 1) of each delay that is random: 0.5 waits between half and all of it.</summary>
    public double Jitter { get; init; } = 0.5;

    /// <summary>The delay before attempt <paramref name="attempt"/> (0 for the first), given a uniform random number in [0, 1).</summary>
    public TimeSpan GetDelay(int attempt, double random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        var grown = InitialDelay.TotalMilliseconds * Math.Pow(Multiplier, Math.Min(attempt, 62));
        var capped = Math.Min(grown, MaximumDelay.TotalMilliseconds);
        var randomPart = Math.Clamp(Jitter, 0, 1) * Math.Clamp(random, 0, 1);
        return TimeSpan.FromMilliseconds(capped * (1 - randomPart));
    }

    /// <summary>Throws <see cref="ArgumentException"/> when the policy cannot work.</summary>
    public void Validate()
    {
        if (InitialDelay < TimeSpan.Zero || MaximumDelay < InitialDelay || Multiplier < 1 || Jitter is < 0 or > 1)
        {
            throw new ArgumentException("A reconnect policy needs 0 ≤ InitialDelay ≤ MaximumDelay, Multiplier ≥ 1 and Jitter in [0, 1].");
        }
    }
}
