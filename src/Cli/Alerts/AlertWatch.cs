using CommuneRadio.Cli.Api;
using CommuneRadio.Cli.CommandLine;
using CommuneRadio.Cli.Output;
using Spectre.Console;

namespace CommuneRadio.Cli.Alerts;

/// <summary>
/// <c>alert status</c> and <c>alert send --wait</c>: the progress once, or followed live — a
/// progress bar for a person, one JSON line per change for a script — then the stations not
/// confirmed and the exit code of the outcome (0 all confirmed, 4 ended unconfirmed, 130 Ctrl-C).
/// </summary>
public static class AlertWatch
{
    public static async Task<int> RunAsync(CliContext context, SiloClient client, string id, bool json, bool follow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!follow)
        {
            var answer = await AlertApi.ProgressAsync(client, id, cancellationToken);
            if (json)
            {
                await context.Out.WriteLineAsync(CliJson.Pretty(answer.Raw));
            }
            else
            {
                AlertReport.WriteSummary(context.Console, answer.Progress);
            }

            return ExitCode(answer.Progress);
        }

        return json ? await FollowJsonAsync(context, client, id, cancellationToken) : await FollowLiveAsync(context, client, id, cancellationToken);
    }

    public static int ExitCode(AlertProgressView progress) =>
        AlertOutcomes.Of(progress) == AlertOutcome.EndedUnconfirmed ? ExitCodes.EndedUnconfirmed : ExitCodes.Success;

    private static async Task<int> FollowJsonAsync(CliContext context, SiloClient client, string id, CancellationToken cancellationToken)
    {
        var final = await AlertFollower.FollowAsync(
            client, id, context.PollInterval, a => context.Out.WriteLine(CliJson.Line(a.Raw)),
            (failure, misses) => context.Error.WriteLine($"communeradio: {failure.Message}; asking again ({misses})"),
            AlertFollower.MissesWithin(AlertFollower.UnavailableBudget, context.PollInterval), cancellationToken);
        await context.Out.FlushAsync(cancellationToken);
        return ExitCode(final.Progress);
    }

    private static async Task<int> FollowLiveAsync(CliContext context, SiloClient client, string id, CancellationToken cancellationToken)
    {
        var console = context.Console;
        AlertAnswer? last = null;
        try
        {
            await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async progress =>
                {
                    var bar = progress.AddTask(Markup.Escape($"Alert {id}"), maxValue: 1);
                    last = await AlertFollower.FollowAsync(
                        client,
                        id,
                        context.PollInterval,
                        answer =>
                        {
                            last = answer;
                            var p = answer.Progress;
                            bar.MaxValue = Math.Max(1, p.Devices);
                            bar.Value = p.Devices == 0 ? 0 : p.Confirmed;
                            bar.Description = Markup.Escape($"{p.Alert.Phase} · {AlertReport.Counts(p)}");
                        },
                        (_, misses) => bar.Description = Markup.Escape($"the Silo is not answering; asking again ({misses})"),
                        AlertFollower.MissesWithin(AlertFollower.UnavailableBudget, context.PollInterval),
                        cancellationToken);
                    bar.StopTask();
                });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && last is not null)
        {
            AlertReport.WriteSummary(console, last.Progress);
            throw;
        }

        AlertReport.WriteSummary(console, last!.Progress);
        return ExitCode(last.Progress);
    }
}
