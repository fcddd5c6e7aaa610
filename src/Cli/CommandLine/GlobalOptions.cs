using System.CommandLine;
using System.CommandLine.Parsing;

namespace CommuneRadio.Cli.CommandLine;

/// <summary>The options every command takes (the Silo's address, JSON output), made once per command tree.</summary>
public sealed class GlobalOptions
{
    public Option<Uri?> Api { get; } = new("--api")
    {
        Description = "The Silo's HTTP address (default: $COMMUNERADIO_API, else the address of the last login)",
        Recursive = true,
        CustomParser = r => r.Tokens.Count == 0 ? null : ParseAddress(r),
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON (the default when standard output is not a terminal)",
        Recursive = true,
    };

    /// <summary>JSON when asked for, or when no person is watching standard output.</summary>
    public bool WantsJson(ParseResult parsed, CliContext context) => parsed.GetValue(Json) || !context.OutputIsTerminal;

    private static Uri? ParseAddress(ArgumentResult result)
    {
        var text = result.Tokens[0].Value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        result.AddError($"--api: '{text}' is not an http(s) address; write e.g. http://127.0.0.1:5080");
        return null;
    }
}
