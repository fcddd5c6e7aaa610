using System.Text.Json;
using CommuneRadio.Cli.Api;
using CommuneRadio.Cli.CommandLine;

namespace CommuneRadio.Cli.Alerts;

/// <summary>The alert endpoints the CLI calls, each answer kept raw (for JSON output) and read (for people).</summary>
public static class AlertApi
{
    public static string PathOf(string id) => $"api/alerts/{Uri.EscapeDataString(id)}";

    public static async Task<AlertAnswer> ProgressAsync(SiloClient client, string id, CancellationToken cancellationToken) =>
        Read(await client.GetAsync(PathOf(id), cancellationToken));

    public static AlertAnswer Read(JsonElement raw)
    {
        try
        {
            return new AlertAnswer(raw, raw.Deserialize<AlertProgressView>(CliJson.Options) ?? throw new JsonException("null"));
        }
        catch (JsonException e)
        {
            throw new CliFailure(ExitCodes.Unavailable, $"the Silo's answer is not an alert's progress ({e.Message}); is the CLI older than the Silo?");
        }
    }
}

/// <summary>An alert's progress as the Silo sent it (<see cref="Raw"/>) and as the CLI reads it (<see cref="Progress"/>).</summary>
public sealed record AlertAnswer(JsonElement Raw, AlertProgressView Progress);
