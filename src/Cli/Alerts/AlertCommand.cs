using System.CommandLine;
using CommuneRadio.Cli.CommandLine;

namespace CommuneRadio.Cli.Alerts;

/// <summary><c>alert</c>: send, status, confirm, cancel, list.</summary>
public static class AlertCommand
{
    public static Command Create(CliContext context, GlobalOptions global) => new("alert", "Disaster alerts: send, watch delivery, confirm, cancel")
    {
        AlertSendCommand.Create(context, global),
        AlertStatusCommand.Create(context, global),
        AlertActionCommand.Create(context, global, "confirm", "Confirm an alert another operator issued (province-wide Actual alerts need it)"),
        AlertActionCommand.Create(context, global, "cancel", "Cancel an alert: stops it on every loudspeaker"),
        AlertListCommand.Create(context, global),
    };
}
