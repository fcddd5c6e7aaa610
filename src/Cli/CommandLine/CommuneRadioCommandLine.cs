using System.CommandLine;
using CommuneRadio.Cli.Alerts;
using CommuneRadio.Cli.Connection;
using CommuneRadio.Cli.Stations;

namespace CommuneRadio.Cli.CommandLine;

/// <summary>
/// The <c>communeradio</c> command tree: login, logout, alert (send, status, confirm, cancel,
/// list), stations list. Built per invocation around a <see cref="CliContext"/>, so tests run it
/// in-process against their own Silo.
/// </summary>
public static class CommuneRadioCommandLine
{
    public static RootCommand Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var global = new GlobalOptions();
        var root = new RootCommand($"""
            communeradio: the provincial commune radio system from the command line.
            Log in once (communeradio login --api URL --username NAME); COMMUNERADIO_API and
            COMMUNERADIO_TOKEN override the stored address and token.

            {ExitCodes.Help}
            """)
        {
            global.Api,
            global.Json,
            LoginCommand.Create(context, global),
            LogoutCommand.Create(context),
            AlertCommand.Create(context, global),
            StationsCommand.Create(context, global),
        };
        return root;
    }

    /// <summary>Parses and runs; parse errors and help go to the context's writers (exit 1 for a usage error).</summary>
    public static Task<int> InvokeAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Create(context).Parse(args).InvokeAsync(
            new InvocationConfiguration { Output = context.Out, Error = context.Error, ProcessTerminationTimeout = TimeSpan.FromSeconds(5) },
            cancellationToken);
    }
}
