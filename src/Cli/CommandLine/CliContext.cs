using Spectre.Console;

namespace CommuneRadio.Cli.CommandLine;

/// <summary>
/// Everything a command touches outside itself: output and error writers, standard input, the
/// environment, where credentials live, how HTTP clients are made, and whether a person is
/// watching. <see cref="FromProcess"/> is the real process; tests build one around an in-process
/// Silo and string writers. Not thread-safe; one per invocation.
/// </summary>
public sealed class CliContext
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public required TextReader In { get; init; }

    /// <summary>Reads an environment variable (null when unset).</summary>
    public required Func<string, string?> Environment { get; init; }

    /// <summary>The folder of <c>credentials.json</c>: <c>$XDG_CONFIG_HOME/communeradio</c> by default.</summary>
    public required string ConfigDirectory { get; init; }

    /// <summary>Makes the HTTP client for the Silo at an address (the caller disposes it).</summary>
    public required Func<Uri, HttpClient> CreateHttpClient { get; init; }

    /// <summary>Standard output is a terminal: human output (tables, progress bar) unless <c>--json</c>.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Standard input is a terminal: a password may be prompted for.</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>How often <c>alert status --follow</c> asks the Silo for progress.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The console human output is written to; defaults to a plain, wide one over <see cref="Out"/> (no colours, no wrapping at 80 columns).</summary>
    public IAnsiConsole Console
    {
        get => field ??= PlainConsole(Out);
        init;
    }

    public string CredentialsPath => Path.Combine(ConfigDirectory, "credentials.json");

    public static CliContext FromProcess() => new()
    {
        Out = System.Console.Out,
        Error = System.Console.Error,
        In = System.Console.In,
        Environment = System.Environment.GetEnvironmentVariable,
        ConfigDirectory = DefaultConfigDirectory(),
        CreateHttpClient = api => new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) },
        OutputIsTerminal = !System.Console.IsOutputRedirected,
        InputIsTerminal = !System.Console.IsInputRedirected,
        Console = AnsiConsole.Console,
    };

    private static IAnsiConsole PlainConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        return console;
    }

    private static string DefaultConfigDirectory()
    {
        var root = System.Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".config");
        return Path.Combine(root, "communeradio");
    }
}
