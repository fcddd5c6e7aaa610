using CommuneRadio.StationSimulator.Province;

namespace CommuneRadio.StationSimulator.Credentials;

/// <summary>Where the run command's credentials come from: the file when it exists, else the Silo (then saved to the file).</summary>
public static class CredentialsSource
{
    /// <summary>Stations whose credentials are requested from the Silo at the same time.</summary>
    private const int Concurrency = 4;

    /// <summary>
    /// Loads <paramref name="path"/> when it exists (<c>Fetched</c> false). Otherwise resets the
    /// credentials of every station of <paramref name="province"/> through <paramref name="silo"/>
    /// and saves them to <paramref name="path"/> (mode 0600) before returning them.
    /// </summary>
    public static async Task<(IReadOnlyList<SimulatorCredentials> Credentials, bool Fetched)> ObtainAsync(
        string path, ProvinceFile province, SiloCredentialsClient? silo, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(province);
        if (File.Exists(path))
        {
            return (await CredentialsFile.LoadAsync(path, cancellationToken).ConfigureAwait(false), false);
        }

        if (silo is null)
        {
            throw new FileNotFoundException($"The credentials file {path} does not exist; pass --api with the Silo's address to fetch the passwords into it.", path);
        }

        var all = new List<SimulatorCredentials>[province.Stations.Count];
        await Parallel.ForAsync(0, province.Stations.Count, new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (i, token) => all[i] = [.. await silo.ResetStationAsync(province.Stations[i].Id, token).ConfigureAwait(false)]).ConfigureAwait(false);
        var credentials = all.SelectMany(c => c).ToList();
        await CredentialsFile.SaveAsync(path, credentials, cancellationToken).ConfigureAwait(false);
        return (credentials, true);
    }
}
