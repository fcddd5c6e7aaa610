using System.CommandLine;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CommuneRadio.Cli.Api;
using CommuneRadio.Cli.CommandLine;
using CommuneRadio.Cli.Connection;
using Spectre.Console;

namespace CommuneRadio.Cli.Alerts;

/// <summary>
/// <c>alert send --template NAME --area CODE ... [options]</c> (POST /api/alerts) or
/// <c>alert send --cap FILE</c> (POST /api/alerts/cap): prints the alert's id, phase and the
/// devices it targets; with <c>--wait</c> then follows it as <c>alert status --follow</c> does.
/// </summary>
public static class AlertSendCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var options = new AlertSendOptions();
        var command = new Command("send", $"Send a disaster alert from a template or a CAP 1.2 file\n\n{ExitCodes.Help}");
        options.AddTo(command);
        command.SetAction(context, async (parsed, cancellationToken) =>
        {
            var json = global.WantsJson(parsed, context);
            var (path, content) = await RequestAsync(parsed, options, cancellationToken);
            using var client = await SiloConnection.OpenAsync(context, parsed.GetValue(global.Api), cancellationToken);
            var answer = AlertApi.Read(await client.PostAsync(path, content, cancellationToken));
            var wait = parsed.GetValue(options.Wait);
            if (json)
            {
                await context.Out.WriteLineAsync(wait ? CliJson.Line(answer.Raw) : CliJson.Pretty(answer.Raw));
            }
            else
            {
                WriteSent(context, answer.Progress);
            }

            return wait ? await AlertWatch.RunAsync(context, client, answer.Progress.Alert.Id, json, follow: true, cancellationToken) : ExitCodes.Success;
        });
        return command;
    }

    private static async Task<(string Path, HttpContent Content)> RequestAsync(ParseResult parsed, AlertSendOptions options, CancellationToken cancellationToken)
    {
        if (parsed.GetValue(options.Cap) is { } file)
        {
            byte[] document;
            try
            {
                document = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliFailure(ExitCodes.Usage, $"--cap: cannot read {file.FullName}: {e.Message}");
            }

            var content = new ByteArrayContent(document);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/cap+xml");
            return ("api/alerts/cap", content);
        }

        var body = new AlertRequestBody
        {
            Template = parsed.GetValue(options.Template),
            AreaCodes = parsed.GetValue(options.Areas),
            Status = parsed.GetValue(options.Status),
            Text = parsed.GetValue(options.Text),
            Repeat = parsed.GetValue(options.Repeat),
            RepeatIntervalS = parsed.GetValue(options.Interval) is { } interval ? (int)interval.TotalSeconds : null,
            ValidForMinutes = parsed.GetValue(options.ValidFor) is { } validFor ? (int)validFor.TotalMinutes : null,
            Volume = parsed.GetValue(options.Volume),
        };
        return ("api/alerts", new StringContent(JsonSerializer.Serialize(body, CliJson.Options), Encoding.UTF8, "application/json"));
    }

    private static void WriteSent(CliContext context, AlertProgressView progress)
    {
        var alert = progress.Alert;
        var console = context.Console;
        console.WriteLine($"Alert {alert.Id}: {alert.Message.Event} ({alert.Message.Status}), phase {alert.Phase}");
        if (alert.Phase == AlertOutcomes.AwaitingConfirmation)
        {
            console.WriteLine("Nothing is sent until a second operator confirms it:");
            console.WriteLine($"  communeradio alert confirm {alert.Id}");
            return;
        }

        console.WriteLine($"Targets {progress.Devices} device(s) at {alert.Stations?.Count ?? 0} station(s) in {string.Join(", ", alert.Message.AreaCodes)}.");
        console.WriteLine($"Follow it: communeradio alert status {alert.Id} --follow");
    }

    /// <summary>The JSON of POST /api/alerts that the options fill; absent options are left out.</summary>
    private sealed record AlertRequestBody
    {
        public string? Template { get; init; }

        public string[]? AreaCodes { get; init; }

        public string? Status { get; init; }

        public string? Text { get; init; }

        public int? Repeat { get; init; }

        public int? RepeatIntervalS { get; init; }

        public int? ValidForMinutes { get; init; }

        public int? Volume { get; init; }
    }
}
