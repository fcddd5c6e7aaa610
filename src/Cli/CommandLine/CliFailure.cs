namespace CommuneRadio.Cli.CommandLine;

/// <summary>
/// A command cannot go on: the message for the operator, the problem the Silo answered (if any),
/// and the exit code. Thrown by commands and the API client, caught once by <see cref="CommandRunner"/>.
/// </summary>
public sealed class CliFailure(int exitCode, string message, Api.Problem? problem = null) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public Api.Problem? Problem { get; } = problem;
}
