using System.Globalization;
using CommuneRadio.Cli.Alerts;
using Spectre.Console;

namespace CommuneRadio.Cli.Output;

/// <summary>An alert's progress for a person: one line of counts, confirmed per commune, and the table of stations that have not confirmed.</summary>
public static class AlertReport
{
    /// <summary>Rows of the unconfirmed table shown before "and N more" (<c>--json</c> lists them all).</summary>
    public const int MaxRows = 100;

    private static readonly string[] States = ["queued", "sent", "received", "playing", "done", "failed", "expired", "cancelled"];

    /// <summary><c>confirmed 3/6 (50%) · queued 1 · sent 2</c>: every state with a device in it, in lifecycle order.</summary>
    public static string Counts(AlertProgressView progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var states = States.Where(s => progress.ByState.GetValueOrDefault(s) > 0).Select(s => $"{s} {progress.ByState[s]}");
        return string.Join(" · ", [$"confirmed {progress.Confirmed}/{progress.Devices} ({progress.ConfirmedPercent.ToString("0.#", CultureInfo.InvariantCulture)}%)", .. states]);
    }

    /// <summary><c>CR-… · Bão · exercise · active</c>.</summary>
    public static string Title(AlertProgressView progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return $"{progress.Alert.Id} · {progress.Alert.Message.Event} · {progress.Alert.Message.Status} · {progress.Alert.Phase}";
    }

    public static void WriteSummary(IAnsiConsole console, AlertProgressView progress)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.WriteLine(Title(progress));
        console.WriteLine(Counts(progress));
        if (progress.Alert.Phase == AlertOutcomes.AwaitingConfirmation)
        {
            console.WriteLine($"Waiting for a second operator: communeradio alert confirm {progress.Alert.Id}");
        }

        WriteCommunes(console, progress);
        WriteUnconfirmed(console, progress);
    }

    /// <summary>Confirmed per commune, when the alert covers more than one: which communes lag behind.</summary>
    public static void WriteCommunes(IAnsiConsole console, AlertProgressView progress)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Communes.Count < 2)
        {
            return;
        }

        var table = new Table().AddColumns("Commune", "Confirmed", "Devices");
        foreach (var commune in progress.Communes.Take(MaxRows))
        {
            table.AddRow(new Text(commune.AreaCode), new Text(commune.Confirmed.ToString(CultureInfo.InvariantCulture)), new Text(commune.Devices.ToString(CultureInfo.InvariantCulture)));
        }

        console.Write(table);
    }

    /// <summary>The stations with devices that have not confirmed, by name, with each device's state and reason.</summary>
    public static void WriteUnconfirmed(IAnsiConsole console, AlertProgressView progress)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Unconfirmed.Count == 0)
        {
            return;
        }

        var table = new Table().Title("Stations not confirmed").AddColumns("Station", "Name", "Area", "Devices not confirmed");
        foreach (var station in progress.Unconfirmed.Take(MaxRows))
        {
            var devices = station.Devices.Select(d => d.Reason is { Length: > 0 } reason ? $"{d.DeviceId} {d.State} ({reason})" : $"{d.DeviceId} {d.State}").ToList();
            if (station.NotReached > 0)
            {
                devices.Add($"{station.NotReached} not reached");
            }

            table.AddRow(new Text(station.StationId), new Text(station.Name), new Text(station.AreaCode), new Text(string.Join(", ", devices)));
        }

        console.Write(table);
        if (progress.Unconfirmed.Count > MaxRows)
        {
            console.WriteLine($"… and {progress.Unconfirmed.Count - MaxRows} more stations (--json lists them all)");
        }
    }
}
