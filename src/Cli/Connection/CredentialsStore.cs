using System.Text.Json;
using CommuneRadio.Cli.Api;
using CommuneRadio.Cli.CommandLine;

namespace CommuneRadio.Cli.Connection;

/// <summary>
/// <c>credentials.json</c>: written with mode 0600 (through a temporary file, so a crash never
/// leaves half of one), read back, deleted by logout. One file per user; the last login wins.
/// </summary>
public static class CredentialsStore
{
    public static async Task<StoredCredentials?> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<StoredCredentials>(stream, CliJson.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new CliFailure(ExitCodes.Unavailable, $"{path} is not a credentials file ({e.Message}); run 'communeradio login' again");
        }
    }

    public static async Task SaveAsync(string path, StoredCredentials credentials, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var temporary = $"{full}.{Environment.ProcessId}.tmp";
        File.Delete(temporary);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(temporary, options))
        {
            await JsonSerializer.SerializeAsync(stream, credentials, CliJson.Indented, cancellationToken);
        }

        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>Deletes the file; false when there was none.</summary>
    public static bool Delete(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }
}
