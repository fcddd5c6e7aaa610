namespace CommuneRadio.Runtime;

/// <summary>One durable reminder as the reminder table stores it.</summary>
public sealed record ReminderEntry(GrainId GrainId, string ReminderName, DateTimeOffset StartAt, TimeSpan Period, string? ETag)
    : IGrainReminder;
