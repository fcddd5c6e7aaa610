using System.Text;
using System.Text.Json;

namespace CommuneRadio.Grains.Registry.Import.Json;

/// <summary>
/// The line on which each value of a JSON document starts, by path ("stations[3].devices[2].gps.lat"),
/// so problems found after parsing can still name a line.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    private JsonLineMap()
    {
    }

    public static JsonLineMap Build(ReadOnlySpan<byte> json, JsonReaderOptions options)
    {
        var map = new JsonLineMap();
        var lineStarts = new List<long> { 0 };
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var containers = new List<Container>();
        var reader = new Utf8JsonReader(json, options);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    containers[^1].Property = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    map.Record(containers, LineOf(lineStarts, reader.TokenStartIndex));
                    containers.Add(new Container(reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.RemoveAt(containers.Count - 1);
                    break;
                default:
                    map.Record(containers, LineOf(lineStarts, reader.TokenStartIndex));
                    break;
            }
        }

        return map;
    }

    /// <summary>The line of <paramref name="path"/>, or of the nearest enclosing value present in the document.</summary>
    public int LineOf(string path)
    {
        while (true)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }

            var cut = path.LastIndexOfAny(['.', '[']);
            if (cut <= 0)
            {
                return _lines.GetValueOrDefault("", 1);
            }

            path = path[..cut];
        }
    }

    private void Record(List<Container> containers, int line)
    {
        if (containers.Count > 0 && containers[^1].IsArray)
        {
            containers[^1].Index++;
        }

        var path = new StringBuilder();
        foreach (var container in containers)
        {
            if (container.IsArray)
            {
                path.Append('[').Append(container.Index).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? "" : ".").Append(container.Property);
            }
        }

        _lines.TryAdd(path.ToString(), line);
    }

    private static int LineOf(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private sealed class Container(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Property { get; set; }
    }
}
