using System.CommandLine;

namespace CommuneRadio.Cli.CommandLine;

/// <summary>
/// Runs one command's work and turns how it ended into the exit code: a <see cref="CliFailure"/>
/// prints its message and problem to standard error, Ctrl-C gives 130.
/// </summary>
public static class CommandRunner
{
    public static void SetAction(this Command command, CliContext context, Func<ParseResult, CancellationToken, Task<int>> work) =>
        command.SetAction((parsed, cancellationToken) => RunAsync(context, () => work(parsed, cancellationToken), cancellationToken));

    public static async Task<int> RunAsync(CliContext context, Func<Task<int>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await work();
        }
        catch (CliFailure failure)
        {
            await context.Error.WriteLineAsync($"communeradio: {failure.Message}");
            if (failure.Problem is { } problem)
            {
                await context.Error.WriteLineAsync(problem.Describe());
            }

            return failure.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync("communeradio: interrupted");
            return ExitCodes.Interrupted;
        }
    }
}
