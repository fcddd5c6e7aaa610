using System.CommandLine;
using CommuneRadio.Cli.Api;
using CommuneRadio.Cli.CommandLine;
using Spectre.Console;

namespace CommuneRadio.Cli.Connection;

/// <summary><c>logout</c>: revokes the stored token at the Silo that issued it (POST /api/auth/logout) and deletes <c>credentials.json</c>.</summary>
public static class LogoutCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("logout", "Revoke the stored token and forget it");
        command.SetAction(context, async (_, cancellationToken) =>
        {
            if (await CredentialsStore.LoadAsync(context.CredentialsPath, cancellationToken) is not { } stored)
            {
                context.Console.WriteLine("Not logged in.");
                return ExitCodes.Success;
            }

            var api = SiloConnection.Normalize(stored.Api);
            using var client = new SiloClient(context.CreateHttpClient(api), api, stored.Token);
            try
            {
                await client.PostAsync("api/auth/logout", null, cancellationToken);
            }
            catch (CliFailure failure) when (failure.Problem?.Status == 401)
            {
                // Already expired or revoked: nothing left to revoke.
            }
            catch (CliFailure failure) when (failure.ExitCode == ExitCodes.Unavailable)
            {
                throw new CliFailure(
                    failure.ExitCode,
                    $"{failure.Message}; the token is forgotten here but stays valid at the Silo until {Output.ProvinceTime.Format(stored.ExpiresAt)} (UTC+7) unless an admin revokes it (token id {stored.TokenId})",
                    failure.Problem);
            }
            finally
            {
                // Forget the token even when the Silo cannot be told: it stays valid there until it expires or an admin revokes it.
                CredentialsStore.Delete(context.CredentialsPath);
            }

            context.Console.WriteLine($"Logged out of {api} ({stored.Username}); the token is revoked and {context.CredentialsPath} deleted.");
            return ExitCodes.Success;
        });
        return command;
    }
}
