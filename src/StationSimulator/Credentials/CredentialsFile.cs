using System.Text.Json;

namespace CommuneRadio.StationSimulator.Credentials;

/// <summary>
/// The simulator's credentials file: a JSON array of <see cref="SimulatorCredentials"/>, readable
/// by its owner only (mode 0600), written once and then reused. Thread-safe.
/// </summary>
public static class CredentialsFile
{
    public static async Task<IReadOnlyList<SimulatorCredentials>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, SimulatorJson.Default.ListSimulatorCredentials, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"{path}: the credentials file holds null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a credentials file ({e.Message})", e);
        }
    }

    /// <summary>Writes a new file with mode 0600 (through a temporary file, so a crash never leaves half of one). Refuses to overwrite.</summary>
    public static async Task SaveAsync(string path, IReadOnlyList<SimulatorCredentials> credentials, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(credentials);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = $"{full}.{Environment.ProcessId}.tmp";
        File.Delete(temporary);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(temporary, options))
        {
            await JsonSerializer.SerializeAsync(stream, [.. credentials], SimulatorJson.Default.ListSimulatorCredentials, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temporary, full, overwrite: false);
    }
}
