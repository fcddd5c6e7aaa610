using System.ComponentModel.DataAnnotations;

namespace CommuneRadio.Runtime;

/// <summary>Settings of the grain runtime, bound from the <c>GrainRuntime</c> configuration section.</summary>
public sealed class GrainRuntimeOptions
{
    public const string SectionName = "GrainRuntime";

    /// <summary>How long a caller waits for a call before <see cref="GrainCallTimeoutException"/>. Default 30 s.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An activation no call reached for this long is deactivated. Default 15 min (as Orleans).</summary>
    public TimeSpan IdleDeactivationAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often the idle collector looks; idle age is measured to this precision. Default 1 min.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long OnDeactivateAsync may run before its token fires. Default 30 s.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long graceful shutdown waits for queued calls and deactivations. Default 30 s.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Shortest reminder period accepted. Default 1 min; tests lower it.</summary>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest grain key accepted, in UTF-16 characters. Default 256.</summary>
    [Range(1, 4096)]
    public int MaxKeyLength { get; set; } = 256;

    internal IEnumerable<string> Validate()
    {
        if (CallTimeout <= TimeSpan.Zero && CallTimeout != Timeout.InfiniteTimeSpan)
        {
            yield return $"{nameof(CallTimeout)} must be positive.";
        }

        if (CollectionQuantum <= TimeSpan.Zero)
        {
            yield return $"{nameof(CollectionQuantum)} must be positive.";
        }

        if (IdleDeactivationAge < CollectionQuantum)
        {
            yield return $"{nameof(IdleDeactivationAge)} must be at least {nameof(CollectionQuantum)}.";
        }

        if (MinimumReminderPeriod <= TimeSpan.Zero)
        {
            yield return $"{nameof(MinimumReminderPeriod)} must be positive.";
        }
    }
}
