using CommuneRadio.Grains.Registry.Import.Csv;
using CommuneRadio.Grains.Registry.Import.Json;
using CommuneRadio.Grains.Registry.Validation;

namespace CommuneRadio.Grains.Registry.Import;

/// <summary>
/// A province's areas, stations and devices read from a file, normalized and checked against the
/// registry rules, so an import of a bad file is refused before it changes anything. Two formats:
/// one JSON file (<c>{ "areas": [...], "stations": [...] }</c>), or areas.csv and stations.csv
/// (RFC 4180, one row per device). UTF-8, with or without a byte-order mark. Reading throws
/// <see cref="ProvinceFileException"/> naming file, line and field of each problem (up to
/// <see cref="ProvinceFileProblems.Limit"/>). Immutable.
/// </summary>
public sealed class ProvinceFile
{
    private readonly IProvinceSource _source;

    private ProvinceFile(string name, IReadOnlyList<Area> areas, IReadOnlyList<StationRecord> stations, IProvinceSource source)
    {
        Name = name;
        Areas = areas;
        Stations = stations;
        _source = source;
    }

    /// <summary>The file name(s) it was read from.</summary>
    public string Name { get; }

    /// <summary>In file order; parents may come after their children.</summary>
    public IReadOnlyList<Area> Areas { get; }

    public IReadOnlyList<StationRecord> Stations { get; }

    public int DeviceCount => Stations.Sum(s => s.Devices.Count);

    /// <summary>
    /// Reads <paramref name="path"/>: a .json file, or a folder (or either CSV file in it) holding
    /// areas.csv and stations.csv.
    /// </summary>
    public static async Task<ProvinceFile> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJson(Path.GetFileName(path), await File.ReadAllBytesAsync(path, cancellationToken));
        }

        var folder = Directory.Exists(path) ? path
            : path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? Path.GetDirectoryName(Path.GetFullPath(path))!
            : throw new ArgumentException($"'{path}' is neither a .json file nor a folder with areas.csv and stations.csv.", nameof(path));
        var areas = await File.ReadAllBytesAsync(Path.Combine(folder, "areas.csv"), cancellationToken);
        var stations = await File.ReadAllBytesAsync(Path.Combine(folder, "stations.csv"), cancellationToken);
        return ReadCsv("areas.csv", areas, "stations.csv", stations);
    }

    public static ProvinceFile ReadJson(string fileName, ReadOnlyMemory<byte> content) => ProvinceJsonReader.Read(fileName, content);

    public static ProvinceFile ReadCsv(string areasFileName, ReadOnlyMemory<byte> areas, string stationsFileName, ReadOnlyMemory<byte> stations) =>
        ProvinceCsvReader.Read(areasFileName, areas, stationsFileName, stations);

    /// <summary>Where a registry problem about the record at <paramref name="field"/> (e.g. "stations[3].areaCode") is in the file.</summary>
    internal ProvinceFileProblem Locate(string field, string reason) => _source.Locate(field, reason);

    /// <summary>Normalizes the records and checks each, and that no code or id appears twice.</summary>
    internal static ProvinceFile Create(string name, IReadOnlyList<Area> areas, IReadOnlyList<StationRecord> stations, IProvinceSource source)
    {
        var file = new ProvinceFile(name, areas.Select(RegistryText.Normalize).ToList(), stations.Select(RegistryText.Normalize).ToList(), source);
        var problems = new ProvinceFileProblems();
        CheckAll(file.Areas, "areas", (a, prefix) => RegistryRules.CheckArea(a, prefix), a => a.Code, "code", file, problems);
        CheckAll(file.Stations, "stations", (s, prefix) => RegistryRules.CheckStation(s, prefix), s => s.Id, "id", file, problems);
        problems.ThrowIfAny();
        return file;
    }

    private static void CheckAll<T>(
        IReadOnlyList<T> records, string list, Func<T, string, RegistryResult?> check, Func<T, string> key, string keyField,
        ProvinceFile file, ProvinceFileProblems problems)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var prefix = $"{list}[{i}].";
            var isFirst = first.TryAdd(key(records[i]), i);
            if (check(records[i], prefix) is { Field: { } field, Problem: { } problem })
            {
                problems.Add(file.Locate(field, problem));
            }
            else if (!isFirst)
            {
                var earlier = file.Locate($"{list}[{first[key(records[i])]}].{keyField}", "");
                problems.Add(file.Locate(prefix + keyField, $"'{key(records[i])}' already appears on line {earlier.Line}"));
            }
        }
    }
}
