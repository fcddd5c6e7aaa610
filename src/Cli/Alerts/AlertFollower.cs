using CommuneRadio.Cli.Api;

namespace CommuneRadio.Cli.Alerts;

/// <summary>
/// Watches an alert by asking for its progress every poll interval, reporting each change, until
/// it is <see cref="AlertOutcome.AllConfirmed"/> or <see cref="AlertOutcome.EndedUnconfirmed"/>.
/// The loop ends with the alert (it expires at most days after it was sent) or with the token (Ctrl-C).
/// </summary>
public static class AlertFollower
{
    public static async Task<AlertAnswer> FollowAsync(
        SiloClient client, string id, TimeSpan pollInterval, Action<AlertAnswer> changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(changed);
        string? last = null;
        while (true)
        {
            var answer = await AlertApi.ProgressAsync(client, id, cancellationToken);
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
}
