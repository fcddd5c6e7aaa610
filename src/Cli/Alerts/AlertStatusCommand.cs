using System.CommandLine;
using CommuneRadio.Cli.CommandLine;
using CommuneRadio.Cli.Connection;

namespace CommuneRadio.Cli.Alerts;

/// <summary>
/// <c>alert status ID [--follow]</c>: the alert's delivery (GET /api/alerts/{id}); with
/// <c>--follow</c> updated live until every device confirmed, the alert expired or was cancelled, or Ctrl-C.
/// </summary>
public static class AlertStatusCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var id = new Argument<string>("id") { Description = "The alert's id (as 'alert send' printed it)" };
        var follow = new Option<bool>("--follow", "-f")
        {
            Description = "Watch live until every device confirmed (exit 0), the alert ended with devices unconfirmed (exit 4) or Ctrl-C (exit 130); as JSON, one line per change",
        };
        var command = new Command("status", $"Show an alert's delivery: devices per state and the stations not confirmed\n\n{ExitCodes.Help}") { id, follow };
        command.SetAction(context, async (parsed, cancellationToken) =>
        {
            using var client = await SiloConnection.OpenAsync(context, parsed.GetValue(global.Api), cancellationToken);
            return await AlertWatch.RunAsync(context, client, parsed.GetRequiredValue(id), global.WantsJson(parsed, context), parsed.GetValue(follow), cancellationToken);
        });
        return command;
    }
}
