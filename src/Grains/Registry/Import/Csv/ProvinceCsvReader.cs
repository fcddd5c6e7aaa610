using System.Globalization;
using CommuneRadio.DeviceProtocol;
using CommuneRadio.Grains.Registry.Validation;

namespace CommuneRadio.Grains.Registry.Import.Csv;

/// <summary>
/// Reads areas.csv (<c>code,name,kind,parent_code</c>) and stations.csv (<c>station_id,
/// station_name,area_code,device_id,device_name,lat,lon,sim,serial,firmware</c>, one row per
/// device; a row with no device fields is a station without devices). The rows of one station
/// must agree on its name and area. lat, lon, sim, serial and firmware columns may be left out.
/// </summary>
internal static class ProvinceCsvReader
{
    private static readonly string[] AreaColumns = ["code", "name", "kind", "parent_code"];
    private static readonly string[] StationColumns = ["station_id", "station_name", "area_code", "device_id", "device_name"];
    private static readonly string[] DeviceColumns = ["device_id", "device_name", "lat", "lon", "sim", "serial", "firmware"];

    public static ProvinceFile Read(string areasFile, ReadOnlyMemory<byte> areas, string stationsFile, ReadOnlyMemory<byte> stations)
    {
        var problems = new ProvinceFileProblems();
        var areaTable = CsvTable.Read(areasFile, areas, AreaColumns, problems);
        var stationTable = CsvTable.Read(stationsFile, stations, StationColumns, problems);
        if (areaTable is null || stationTable is null)
        {
            throw problems.ToException();
        }

        var source = new CsvProvinceSource(areasFile, stationsFile);
        var areaList = new List<Area>();
        foreach (var row in areaTable.Rows)
        {
            var parent = areaTable.Get(row, "parent_code");
            areaList.Add(new Area(areaTable.Get(row, "code"), areaTable.Get(row, "name"), areaTable.Get(row, "kind"), parent.Length == 0 ? null : parent));
            source.AreaLines.Add(row.Line);
        }

        var stationList = ReadStations(stationsFile, stationTable, source, problems);
        problems.ThrowIfAny();
        return ProvinceFile.Create($"{areasFile}, {stationsFile}", areaList, stationList, source);
    }

    private static List<StationRecord> ReadStations(string file, CsvTable table, CsvProvinceSource source, ProvinceFileProblems problems)
    {
        var stations = new List<StationRecord>();
        var devices = new List<List<DeviceRecord>>();
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var (id, name, areaCode) = (table.Get(row, "station_id"), table.Get(row, "station_name"), table.Get(row, "area_code"));
            if (byId.TryGetValue(id, out var index))
            {
                CheckSame(file, row, "station_name", stations[index].Name, name, source.StationLines[index], problems);
                CheckSame(file, row, "area_code", stations[index].AreaCode, areaCode, source.StationLines[index], problems);
            }
            else
            {
                index = stations.Count;
                byId.Add(id, index);
                devices.Add([]);
                stations.Add(new StationRecord(id, name, areaCode, devices[index]));
                source.StationLines.Add(row.Line);
                source.DeviceLines.Add([]);
            }

            if (DeviceColumns.Any(c => table.Get(row, c).Length > 0))
            {
                devices[index].Add(ReadDevice(file, table, row, problems));
                source.DeviceLines[index].Add(row.Line);
            }
        }

        return stations;
    }

    /// <summary>Text fields as written; <see cref="ProvinceFile"/> trims them and turns empty ones into null.</summary>
    private static DeviceRecord ReadDevice(string file, CsvTable table, CsvRecord row, ProvinceFileProblems problems)
    {
        var lat = Coordinate(file, table, row, "lat", problems);
        var lon = Coordinate(file, table, row, "lon", problems);
        var latGiven = table.Get(row, "lat").Trim().Length > 0;
        if (latGiven != table.Get(row, "lon").Trim().Length > 0)
        {
            problems.Add(file, row.Line, latGiven ? "lon" : "lat", "lat and lon go together: give both or neither");
        }

        return new DeviceRecord(table.Get(row, "device_id"), table.Get(row, "device_name"))
        {
            Gps = lat is { } la && lon is { } lo ? new GpsPosition(la, lo) : null,
            Sim = table.Get(row, "sim"),
            Serial = table.Get(row, "serial"),
            Firmware = table.Get(row, "firmware"),
        };
    }

    private static double? Coordinate(string file, CsvTable table, CsvRecord row, string column, ProvinceFileProblems problems)
    {
        var text = table.Get(row, column).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var degrees))
        {
            return degrees;
        }

        problems.Add(file, row.Line, column, $"'{text}' is not a number; write degrees with a dot, e.g. 10.4571");
        return null;
    }

    private static void CheckSame(
        string file, CsvRecord row, string column, string first, string again, int firstLine, ProvinceFileProblems problems)
    {
        if (RegistryText.Required(first) != RegistryText.Required(again))
        {
            problems.Add(file, row.Line, column, $"'{again}' differs from '{first}' on line {firstLine} for the same station_id");
        }
    }
}
