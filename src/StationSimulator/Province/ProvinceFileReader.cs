using System.Text.Json;
using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.StationSimulator.Province;

/// <summary>Reads a province file and checks that every id can be a topic level. Thread-safe.</summary>
public static class ProvinceFileReader
{
    public static async Task<ProvinceFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await using var stream = File.OpenRead(path);
        ProvinceFile? file;
        try
        {
            file = await JsonSerializer.DeserializeAsync(stream, SimulatorJson.Default.ProvinceFile, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a province file ({e.Message})", e);
        }

        if (file?.Stations is null)
        {
            throw new InvalidDataException($"{path}: no \"stations\" array");
        }

        return Check(path, file);
    }

    public static ProvinceFile Check(string source, ProvinceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var station in file.Stations)
        {
            Require(ProtocolIds.Problem(station.Id) is null, $"{source}: station '{station.Id}': id {ProtocolIds.Problem(station.Id)}");
            Require(seen.Add(station.Id), $"{source}: station '{station.Id}' appears twice");
            var devices = new HashSet<string>(StringComparer.Ordinal);
            foreach (var device in station.Devices ?? [])
            {
                Require(ProtocolIds.Problem(device.Id) is null, $"{source}: station '{station.Id}', device '{device.Id}': id {ProtocolIds.Problem(device.Id)}");
                Require(devices.Add(device.Id), $"{source}: station '{station.Id}' has device '{device.Id}' twice");
            }
        }

        return file;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidDataException(message);
        }
    }
}
