using System.Text.Json;

namespace CommuneRadio.Silo.Tests.Cli;

/// <summary>Reads what the CLI printed as JSON: one document, or NDJSON lines while it follows an alert.</summary>
internal static class CliOutput
{
    public static JsonElement Document(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    public static IReadOnlyList<JsonElement> Lines(CliResult result) =>
        result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();

    public static string Id(JsonElement progress) => progress.GetProperty("alert").GetProperty("id").GetString()!;

    public static string Phase(JsonElement progress) => progress.GetProperty("alert").GetProperty("phase").GetString()!;

    public static int Count(JsonElement progress, string state) => progress.GetProperty("byState").GetProperty(state).GetInt32();

    public static (int Devices, int Confirmed) Confirmed(JsonElement progress) =>
        (progress.GetProperty("devices").GetInt32(), progress.GetProperty("confirmed").GetInt32());
}
