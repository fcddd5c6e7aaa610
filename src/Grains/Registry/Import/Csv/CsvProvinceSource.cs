using System.Text.RegularExpressions;

namespace CommuneRadio.Grains.Registry.Import.Csv;

/// <summary>
/// Maps the registry's field paths onto areas.csv and stations.csv: the line of the record and
/// the column name ("stations[2].devices[5].gps.lat" → stations.csv, that device's row, "lat").
/// A station's own fields point at its first row.
/// </summary>
internal sealed partial class CsvProvinceSource(string areasFile, string stationsFile) : IProvinceSource
{
    public List<int> AreaLines { get; } = [];

    public List<int> StationLines { get; } = [];

    public List<List<int>> DeviceLines { get; } = [];

    public ProvinceFileProblem Locate(string field, string reason)
    {
        var match = FieldPath().Match(field);
        if (!match.Success)
        {
            return new ProvinceFileProblem(stationsFile, 0, field, reason);
        }

        var index = int.Parse(match.Groups["index"].ValueSpan, provider: null);
        var name = match.Groups["field"].Value;
        if (match.Groups["list"].Value == "areas")
        {
            return new ProvinceFileProblem(areasFile, AreaLines[index], name == "parentCode" ? "parent_code" : name, reason);
        }

        if (match.Groups["device"].Success)
        {
            var device = int.Parse(match.Groups["device"].ValueSpan, provider: null);
            var column = name switch
            {
                "id" => "device_id",
                "name" => "device_name",
                "gps.lat" or "gps" => "lat",
                "gps.lon" => "lon",
                _ => name,
            };
            return new ProvinceFileProblem(stationsFile, DeviceLines[index][device], column, reason);
        }

        var stationColumn = name switch
        {
            "id" => "station_id",
            "name" => "station_name",
            "areaCode" => "area_code",
            _ => name,
        };
        return new ProvinceFileProblem(stationsFile, StationLines[index], stationColumn, reason);
    }

    [GeneratedRegex(@"^(?<list>areas|stations)\[(?<index>\d+)\](?:\.devices\[(?<device>\d+)\])?(?:\.(?<field>.+))?$")]
    private static partial Regex FieldPath();
}
