using System.CommandLine;
using CommuneRadio.Cli.Api;
using CommuneRadio.Cli.CommandLine;
using CommuneRadio.Cli.Connection;
using CommuneRadio.Cli.Output;
using Spectre.Console;

namespace CommuneRadio.Cli.Alerts;

/// <summary><c>alert confirm ID</c> and <c>alert cancel ID</c>: POST /api/alerts/{id}/{action}, then the alert as it stands.</summary>
public static class AlertActionCommand
{
    public static Command Create(CliContext context, GlobalOptions global, string action, string description)
    {
        var id = new Argument<string>("id") { Description = "The alert's id" };
        var command = new Command(action, description) { id };
        command.SetAction(context, async (parsed, cancellationToken) =>
        {
            using var client = await SiloConnection.OpenAsync(context, parsed.GetValue(global.Api), cancellationToken);
            var answer = AlertApi.Read(await client.PostAsync($"{AlertApi.PathOf(parsed.GetRequiredValue(id))}/{action}", null, cancellationToken));
            if (global.WantsJson(parsed, context))
            {
                await context.Out.WriteLineAsync(CliJson.Pretty(answer.Raw));
            }
            else
            {
                context.Console.WriteLine(AlertReport.Title(answer.Progress));
                context.Console.WriteLine(AlertReport.Counts(answer.Progress));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
