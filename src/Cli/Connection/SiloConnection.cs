using CommuneRadio.Cli.Api;
using CommuneRadio.Cli.CommandLine;

namespace CommuneRadio.Cli.Connection;

/// <summary>
/// Which Silo and which token a command uses: <c>--api</c>, else <c>COMMUNERADIO_API</c>, else the
/// API of the last login; <c>COMMUNERADIO_TOKEN</c>, else the stored token — but only for the Silo
/// it was issued by, so pointing <c>--api</c> elsewhere never sends that token to another server.
/// </summary>
public static class SiloConnection
{
    public const string ApiVariable = "COMMUNERADIO_API";
    public const string TokenVariable = "COMMUNERADIO_TOKEN";

    /// <summary>An authenticated client, or exit code 3 with what to do when nobody is logged in.</summary>
    public static async Task<SiloClient> OpenAsync(CliContext context, Uri? apiOption, CancellationToken cancellationToken)
    {
        var stored = await CredentialsStore.LoadAsync(context.CredentialsPath, cancellationToken);
        var api = ResolveApi(context, apiOption, stored)
            ?? throw new CliFailure(ExitCodes.Unavailable, $"not logged in: run 'communeradio login --api URL --username NAME', or set {ApiVariable} and {TokenVariable}");
        var token = context.Environment(TokenVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : stored is not null && SameApi(stored.Api, api) ? stored.Token : null;
        if (token is null)
        {
            throw new CliFailure(ExitCodes.Unavailable, $"not logged in to {api}: run 'communeradio login --api {api} --username NAME', or set {TokenVariable}");
        }

        return new SiloClient(context.CreateHttpClient(api), api, token);
    }

    /// <summary>The Silo's address from the option, the environment or the stored login; null when none says.</summary>
    public static Uri? ResolveApi(CliContext context, Uri? apiOption, StoredCredentials? stored)
    {
        var text = apiOption?.ToString() ?? context.Environment(ApiVariable) ?? stored?.Api;
        return string.IsNullOrWhiteSpace(text) ? null : Normalize(text);
    }

    /// <summary>An absolute http(s) address ending in '/', so that API paths resolve under any prefix.</summary>
    public static Uri Normalize(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliFailure(ExitCodes.Usage, $"'{text}' is not the Silo's address; write e.g. http://127.0.0.1:5080");
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
    }

    private static bool SameApi(string stored, Uri api) =>
        Uri.TryCreate(stored, UriKind.Absolute, out var uri) && Uri.Compare(Normalize(uri.ToString()), api, UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
