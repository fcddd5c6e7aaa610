namespace CommuneRadio.Cli.CommandLine;

/// <summary>What the process exit code tells a script; the same list is in <c>--help</c> and the README.</summary>
public static class ExitCodes
{
    /// <summary>Done; for <c>alert status --follow</c> and <c>alert send --wait</c>: every device confirmed.</summary>
    public const int Success = 0;

    /// <summary>The command line is wrong (unknown option, bad value, missing file).</summary>
    public const int Usage = 1;

    /// <summary>The Silo refused the request (400, 403, 404, 409, ...): its problem is printed.</summary>
    public const int Refused = 2;

    /// <summary>The Silo cannot be reached or failed (5xx), or nobody is logged in (401).</summary>
    public const int Unavailable = 3;

    /// <summary>The alert ended (expired or cancelled) with devices that never confirmed.</summary>
    public const int EndedUnconfirmed = 4;

    /// <summary>Interrupted (Ctrl-C), as shells report SIGINT.</summary>
    public const int Interrupted = 130;

    /// <summary>The text <c>--help</c> shows.</summary>
    public const string Help = """
        Exit codes:
          0    success; with --follow/--wait: every device confirmed
          1    usage error (bad option or value, missing file)
          2    refused by the Silo (400/403/404/409 ...; the problem is printed)
          3    cannot reach the Silo, the Silo failed (5xx), or not logged in (401)
          4    the alert ended (expired or cancelled) with devices unconfirmed
          130  interrupted (Ctrl-C)
        """;
}
