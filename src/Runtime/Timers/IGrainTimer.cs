namespace CommuneRadio.Runtime;

/// <summary>A timer owned by one activation. Dispose to stop it; safe to call from the grain's turns.</summary>
public interface IGrainTimer : IDisposable
{
    /// <summary>Re-arms the timer: next tick after <paramref name="dueTime"/>, then every <paramref name="period"/>.</summary>
    void Change(TimeSpan dueTime, TimeSpan period);
}
