using Microsoft.Extensions.Logging;

namespace CommuneRadio.Runtime;

internal static partial class RuntimeLog
{
    [LoggerMessage(1, LogLevel.Debug, "Activated grain {GrainId}")]
    public static partial void Activated(ILogger logger, GrainId grainId);

    [LoggerMessage(2, LogLevel.Warning, "Activation of grain {GrainId} failed")]
    public static partial void ActivationFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(3, LogLevel.Debug, "Deactivated grain {GrainId} ({Reason})")]
    public static partial void Deactivated(ILogger logger, GrainId grainId, DeactivationReason reason);

    [LoggerMessage(4, LogLevel.Error, "OnDeactivateAsync of grain {GrainId} failed")]
    public static partial void DeactivationFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(5, LogLevel.Error, "Timer callback of grain {GrainId} failed")]
    public static partial void TimerFailed(ILogger logger, GrainId grainId, Exception exception);

    [LoggerMessage(6, LogLevel.Error, "Reminder {ReminderName} of grain {GrainId} failed")]
    public static partial void ReminderFailed(ILogger logger, string reminderName, GrainId grainId, Exception exception);

    [LoggerMessage(7, LogLevel.Information, "Loaded {Count} reminders")]
    public static partial void RemindersLoaded(ILogger logger, int count);

    [LoggerMessage(8, LogLevel.Warning, "Shutdown timed out with {Pending} activations still deactivating")]
    public static partial void ShutdownTimedOut(ILogger logger, int pending);
}
