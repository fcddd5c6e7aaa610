using System.CommandLine;
using System.Text.Json;
using CommuneRadio.Cli.Api;
using CommuneRadio.Cli.CommandLine;
using CommuneRadio.Cli.Connection;
using CommuneRadio.Cli.Output;
using Spectre.Console;

namespace CommuneRadio.Cli.Alerts;

/// <summary><c>alert list [--limit N]</c>: the latest alerts, newest first (GET /api/alerts).</summary>
public static class AlertListCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var limit = RangeOption.Create("--limit", "-n", "How many (1–500; default 20)", 1, 500);
        var command = new Command("list", "List the latest alerts, newest first") { limit };
        command.SetAction(context, async (parsed, cancellationToken) =>
        {
            using var client = await SiloConnection.OpenAsync(context, parsed.GetValue(global.Api), cancellationToken);
            var raw = await client.GetAsync($"api/alerts?limit={parsed.GetValue(limit) ?? 20}", cancellationToken);
            if (global.WantsJson(parsed, context))
            {
                await context.Out.WriteLineAsync(CliJson.Pretty(raw));
                return ExitCodes.Success;
            }

            var alerts = raw.Deserialize<List<AlertSummaryView>>(CliJson.Options) ?? [];
            var table = new Table().AddColumns("Id", "Phase", "Status", "Event", "Areas", "Issued by", "Sent (UTC+7)", "Expires (UTC+7)");
            foreach (var a in alerts)
            {
                table.AddRow(
                    new Text(a.Id), new Text(a.Phase), new Text(a.Status), new Text(a.Event), new Text(string.Join(" ", a.AreaCodes)),
                    new Text(a.ConfirmedBy is null ? a.IssuedBy : $"{a.IssuedBy} + {a.ConfirmedBy}"),
                    new Text(ProvinceTime.Format(a.Sent)), new Text(ProvinceTime.Format(a.Expires)));
            }

            context.Console.Write(alerts.Count == 0 ? new Text("No alerts.\n") : table);
            return ExitCodes.Success;
        });
        return command;
    }
}
