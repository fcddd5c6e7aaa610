namespace CommuneRadio.Grains.Registry.Import.Json;

/// <summary>In a JSON province file the registry's field path is the JSON path itself.</summary>
internal sealed class JsonProvinceSource(string file, JsonLineMap lines) : IProvinceSource
{
    public ProvinceFileProblem Locate(string field, string reason) => new(file, lines.LineOf(field), field, reason);
}
