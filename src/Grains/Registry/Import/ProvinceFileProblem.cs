namespace CommuneRadio.Grains.Registry.Import;

/// <summary>
/// One thing wrong in a province file: the file, the 1-based line (of the record, for a CSV
/// field spanning lines; 0 for the file as a whole), the field (JSON path such as
/// "stations[3].devices[2].gps.lat", or CSV column name) and why.
/// </summary>
public sealed record ProvinceFileProblem(string File, int Line, string Field, string Reason)
{
    public override string ToString() => Field.Length == 0 ? $"{File}:{Line}: {Reason}" : $"{File}:{Line}: {Field}: {Reason}";
}
