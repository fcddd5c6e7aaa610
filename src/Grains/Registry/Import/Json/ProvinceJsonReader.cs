using System.Text.Json;
using CommuneRadio.DeviceProtocol;

namespace CommuneRadio.Grains.Registry.Import.Json;

/// <summary>
/// Reads <c>{ "areas": [...], "stations": [ { ..., "devices": [...] } ] }</c>. Unknown fields are
/// refused (a misspelt "parent_code" would otherwise silently make a root area); a missing text
/// field reads as empty and is reported by the registry rules with its line.
/// </summary>
internal sealed class ProvinceJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly string _file;
    private readonly JsonLineMap _lines;
    private readonly ProvinceFileProblems _problems = new();

    private ProvinceJsonReader(string file, JsonLineMap lines)
    {
        _file = file;
        _lines = lines;
    }

    public static ProvinceFile Read(string file, ReadOnlyMemory<byte> content)
    {
        Utf8Input.Decode(file, content);
        var json = Utf8Input.WithoutBom(content);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw ProvinceFileProblems.One(file, line, "", $"is not valid JSON (byte {column} of the line): {FirstSentence(e.Message)}");
        }

        using (document)
        {
            var reader = new ProvinceJsonReader(file, JsonLineMap.Build(json.Span, ReaderOptions));
            var (areas, stations) = reader.ReadRoot(document.RootElement);
            reader._problems.ThrowIfAny();
            return ProvinceFile.Create(file, areas, stations, new JsonProvinceSource(file, reader._lines));
        }
    }

    private (List<Area>, List<StationRecord>) ReadRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Problem("", "must be an object with \"areas\" and \"stations\"");
            return ([], []);
        }

        RejectUnknown(root, "", "areas", "stations");
        var areas = Array(root, "areas", "").Select((e, i) => ReadArea(e, $"areas[{i}]")).OfType<Area>().ToList();
        var stations = Array(root, "stations", "").Select((e, i) => ReadStation(e, $"stations[{i}]")).OfType<StationRecord>().ToList();
        return (areas, stations);
    }

    private Area? ReadArea(JsonElement area, string path)
    {
        if (!IsObject(area, path))
        {
            return null;
        }

        RejectUnknown(area, path, "code", "name", "kind", "parentCode");
        return new Area(String(area, "code", path), String(area, "name", path), String(area, "kind", path), OptionalString(area, "parentCode", path));
    }

    private StationRecord? ReadStation(JsonElement station, string path)
    {
        if (!IsObject(station, path))
        {
            return null;
        }

        RejectUnknown(station, path, "id", "name", "areaCode", "devices");
        var devices = Array(station, "devices", path).Select((e, i) => ReadDevice(e, $"{path}.devices[{i}]")).OfType<DeviceRecord>().ToList();
        return new StationRecord(String(station, "id", path), String(station, "name", path), String(station, "areaCode", path), devices);
    }

    private DeviceRecord? ReadDevice(JsonElement device, string path)
    {
        if (!IsObject(device, path))
        {
            return null;
        }

        RejectUnknown(device, path, "id", "name", "gps", "sim", "serial", "firmware");
        return new DeviceRecord(String(device, "id", path), String(device, "name", path))
        {
            Gps = ReadGps(device, $"{path}.gps"),
            Sim = OptionalString(device, "sim", path),
            Serial = OptionalString(device, "serial", path),
            Firmware = OptionalString(device, "firmware", path),
        };
    }

    private GpsPosition? ReadGps(JsonElement device, string path)
    {
        if (!device.TryGetProperty("gps", out var gps) || gps.ValueKind == JsonValueKind.Null || !IsObject(gps, path))
        {
            return null;
        }

        RejectUnknown(gps, path, "lat", "lon");
        var lat = Number(gps, "lat", path);
        var lon = Number(gps, "lon", path);
        return lat is { } la && lon is { } lo ? new GpsPosition(la, lo) : null;
    }

    private IEnumerable<JsonElement> Array(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Problem(Join(path, name), "must be an array");
            return [];
        }

        return array.EnumerateArray().ToList();
    }

    private string String(JsonElement parent, string name, string path) => OptionalString(parent, name, path) ?? "";

    private string? OptionalString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(Join(path, name), $"must be a string (text in quotes), not {value.ValueKind.ToString().ToLowerInvariant()}");
            return null;
        }

        return value.GetString();
    }

    private double? Number(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number)
        {
            Problem(Join(path, name), "must be a number of degrees, e.g. 10.4571");
            return null;
        }

        return value.GetDouble();
    }

    private bool IsObject(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Problem(path, "must be an object");
        return false;
    }

    private void RejectUnknown(JsonElement element, string path, params string[] known)
    {
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
        {
            Problem(Join(path, property.Name), $"is not a field here; expected {string.Join(", ", known)}");
        }
    }

    private void Problem(string path, string reason) => _problems.Add(_file, _lines.LineOf(path), path, reason);

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string FirstSentence(string message) => message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].Trim();
}
