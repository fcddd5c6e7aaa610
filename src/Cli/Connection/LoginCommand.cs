using System.CommandLine;
using System.Text.Json;
using CommuneRadio.Cli.Api;
using CommuneRadio.Cli.CommandLine;
using Spectre.Console;

namespace CommuneRadio.Cli.Connection;

/// <summary>
/// <c>login --api URL --username NAME [--password-stdin]</c>: asks the Silo for an API token
/// (POST /api/auth/tokens with the username and password) and keeps it with the address in
/// <c>credentials.json</c> (mode 0600). The password is prompted for, or read from standard input.
/// </summary>
public static class LoginCommand
{
    public static Command Create(CliContext context, GlobalOptions global)
    {
        var username = new Option<string>("--username", "-u") { Description = "The operator's username", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input" };
        var command = new Command("login", "Log in to a Silo: store an API token for the commands that follow") { username, passwordStdin };
        command.SetAction(context, async (parsed, cancellationToken) =>
        {
            var stored = await CredentialsStore.LoadAsync(context.CredentialsPath, cancellationToken);
            var api = SiloConnection.ResolveApi(context, parsed.GetValue(global.Api), stored)
                ?? throw new CliFailure(ExitCodes.Usage, $"which Silo? pass --api URL (e.g. http://127.0.0.1:5080) or set {SiloConnection.ApiVariable}");
            var name = parsed.GetRequiredValue(username);
            var password = await ReadPasswordAsync(context, parsed.GetValue(passwordStdin), cancellationToken);

            using var client = new SiloClient(context.CreateHttpClient(api), api, token: null);
            JsonElement answer;
            try
            {
                answer = await client.PostJsonAsync("api/auth/tokens", new { name = $"communeradio on {Environment.MachineName}", username = name, password }, cancellationToken);
            }
            catch (CliFailure failure) when (failure.Problem?.Status == 401)
            {
                throw new CliFailure(ExitCodes.Unavailable, $"the Silo at {api} did not log {name} in", failure.Problem);
            }

            var issued = answer.Deserialize<IssuedToken>(CliJson.Options)
                ?? throw new CliFailure(ExitCodes.Unavailable, $"the Silo at {api} answered no token");
            await CredentialsStore.SaveAsync(context.CredentialsPath, new StoredCredentials(api.ToString(), name, issued.Token, issued.Id, issued.ExpiresAt), cancellationToken);
            if (global.WantsJson(parsed, context))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(new { api = api.ToString(), username = name, tokenId = issued.Id, issued.ExpiresAt }, CliJson.Options));
            }
            else
            {
                context.Console.WriteLine($"Logged in to {api} as {name}; the token ({issued.Id}) is valid until {Output.ProvinceTime.Format(issued.ExpiresAt)} (UTC+7) and stored in {context.CredentialsPath}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<string> ReadPasswordAsync(CliContext context, bool fromStdin, CancellationToken cancellationToken)
    {
        if (fromStdin)
        {
            var line = await context.In.ReadLineAsync(cancellationToken);
            return line is { Length: > 0 } ? line : throw new CliFailure(ExitCodes.Usage, "--password-stdin: standard input held no password");
        }

        if (!context.InputIsTerminal)
        {
            throw new CliFailure(ExitCodes.Usage, "no terminal to ask for the password on: pass --password-stdin and pipe it in");
        }

        return await new TextPrompt<string>("Password:").Secret().ShowAsync(context.Console, cancellationToken);
    }

    /// <summary>The answer of POST /api/auth/tokens: the secret, shown this once, and its id.</summary>
    private sealed record IssuedToken(string Id, string Token, string Name, DateTimeOffset ExpiresAt);
}
