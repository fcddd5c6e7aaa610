namespace CommuneRadio.Runtime;

/// <summary>A handle on a registered reminder.</summary>
public interface IGrainReminder
{
    string ReminderName { get; }
}
