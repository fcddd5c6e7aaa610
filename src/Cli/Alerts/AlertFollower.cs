using CommuneRadio.Cli.Api;
using CommuneRadio.Cli.CommandLine;

namespace CommuneRadio.Cli.Alerts;

/// <summary>
/// Watches an alert by asking for its progress every poll interval, reporting each change, until
/// it is <see cref="AlertOutcome.AllConfirmed"/> or <see cref="AlertOutcome.EndedUnconfirmed"/>.
/// A Silo that answered once and then stops answering for a while (a restart, the standby taking
/// over) is asked again, up to <see cref="UnavailableBudget"/> of consecutive misses; a Silo never
/// reached, a refusal or a lost login ends it at once (exit 3 or 2).
/// The loop ends with the alert (it expires at most days after it was sent) or with the token (Ctrl-C).
/// </summary>
public static class AlertFollower
{
    /// <summary>How long in a row the Silo may be unreachable before watching gives up (exit 3).</summary>
    public static readonly TimeSpan UnavailableBudget = TimeSpan.FromSeconds(30);

    public static Task<AlertAnswer> FollowAsync(
        SiloClient client, string id, TimeSpan pollInterval, Action<AlertAnswer> changed, CancellationToken cancellationToken) =>
        FollowAsync(client, id, pollInterval, changed, missed: null, MissesWithin(UnavailableBudget, pollInterval), cancellationToken);

    /// <summary>As above; <paramref name="missed"/> hears of each unanswered poll (the failure and how many in a row), <paramref name="maxMisses"/> of them end it.</summary>
    public static async Task<AlertAnswer> FollowAsync(
        SiloClient client, string id, TimeSpan pollInterval, Action<AlertAnswer> changed, Action<CliFailure, int>? missed, int maxMisses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(changed);
        string? last = null;
        var misses = 0;
        var reached = false;
        while (true)
        {
            AlertAnswer answer;
            try
            {
                answer = await AlertApi.ProgressAsync(client, id, cancellationToken);
                misses = 0;
                reached = true;
            }
            catch (CliFailure failure) when (reached && IsTransient(failure) && ++misses < maxMisses)
            {
                missed?.Invoke(failure, misses);
                last = null; // the next answer is reported even if nothing changed: the watcher learns the Silo is back
                await Task.Delay(pollInterval, cancellationToken);
                continue;
            }

            var text = CliJson.Line(answer.Raw);
            if (text != last)
            {
                last = text;
                changed(answer);
            }

            if (AlertOutcomes.Of(answer.Progress) != AlertOutcome.InProgress)
            {
                return answer;
            }

            await Task.Delay(pollInterval, cancellationToken);
        }
    }

    public static int MissesWithin(TimeSpan budget, TimeSpan pollInterval) =>
        Math.Max(1, (int)(budget / (pollInterval > TimeSpan.Zero ? pollInterval : TimeSpan.FromMilliseconds(1))));

    /// <summary>Unreachable or failing (5xx): worth asking again. Not logged in (401) or refused (4xx): not.</summary>
    private static bool IsTransient(CliFailure failure) => failure.ExitCode == ExitCodes.Unavailable && failure.Problem?.Status != 401;
}
