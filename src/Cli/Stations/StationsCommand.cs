using System.CommandLine;
using System.Text.Json;
using CommuneRadio.Cli.Api;
using CommuneRadio.Cli.CommandLine;
using CommuneRadio.Cli.Connection;
using CommuneRadio.Cli.Output;
using Spectre.Console;

namespace CommuneRadio.Cli.Stations;

/// <summary><c>stations list [--area CODE] [--status up|degraded|down]</c>: every matching station, all pages of GET /api/stations.</summary>
public static class StationsCommand
{
    /// <summary>The largest page the Silo serves.</summary>
    public const int PageSize = 500;

    public static Command Create(CliContext context, GlobalOptions global)
    {
        var area = new Option<string?>("--area", "-a") { Description = "Only stations under this area (official code)" };
        var status = new Option<string?>("--status") { Description = "Only stations that are up, degraded or down" };
        status.AcceptOnlyFromAmong("up", "degraded", "down");
        var list = new Command("list", "List stations with their health and devices online") { area, status };
        list.SetAction(context, async (parsed, cancellationToken) =>
        {
            using var client = await SiloConnection.OpenAsync(context, parsed.GetValue(global.Api), cancellationToken);
            var query = string.Concat(
                parsed.GetValue(area) is { } code ? $"&area={Uri.EscapeDataString(code)}" : "",
                parsed.GetValue(status) is { } health ? $"&status={health}" : "");
            var stations = await ListAllAsync(client, query, cancellationToken);
            if (global.WantsJson(parsed, context))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(stations, CliJson.Indented));
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("Station", "Name", "Area", "Health", "Since (UTC+7)", "Devices online");
            foreach (var s in stations)
            {
                table.AddRow(
                    new Text(s.Id), new Text(s.Name), new Text(s.AreaCode), new Text(s.Health), new Text(ProvinceTime.Format(s.HealthSince)),
                    new Text($"{s.OnlineDevices}/{s.Devices}"));
            }

            context.Console.Write(table);
            context.Console.WriteLine($"{stations.Count} stations");
            return ExitCodes.Success;
        });
        return new Command("stations", "Commune radio stations") { list };
    }

    /// <summary>Every page in turn; the number of pages is fixed by the first page's total, so the loop is bounded.</summary>
    private static async Task<List<StationSummaryView>> ListAllAsync(SiloClient client, string query, CancellationToken cancellationToken)
    {
        var all = new List<StationSummaryView>();
        var pages = 1;
        for (var page = 1; page <= pages; page++)
        {
            var raw = await client.GetAsync($"api/stations?page={page}&pageSize={PageSize}{query}", cancellationToken);
            var answer = raw.Deserialize<StationPageView>(CliJson.Options)
                ?? throw new CliFailure(ExitCodes.Unavailable, "the Silo answered no station page");
            all.AddRange(answer.Items);
            if (page == 1)
            {
                pages = Math.Max(1, (answer.Total + PageSize - 1) / PageSize);
            }
        }

        return all;
    }
}
