namespace CommuneRadio.StationSimulator.Playback;

internal sealed partial class Player
{
    /// <summary>
    /// Arms the item's one timer for its next step. A callback already queued for an earlier step
    /// finds its step number outdated and does nothing, so a step never runs twice or early.
    /// </summary>
    private void Arm(PlayItem item, TimeSpan due)
    {
        item.DisposeTimer();
        item.Step++;
        item.Timer = host.Time.CreateTimer(
            static state => ((Step)state!).Fire(),
            new Step(this, item, item.Step),
            due > TimeSpan.Zero ? due : TimeSpan.FromTicks(1),
            Timeout.InfiniteTimeSpan);
    }

    private Lock Gate => host.Gate;

    private sealed class Step(Player player, PlayItem item, long number)
    {
        public void Fire()
        {
            lock (player.Gate)
            {
                if (item.Phase != PlayPhase.Ended && item.Step == number)
                {
                    player.OnStepDue(item);
                }
            }
        }
    }
}
