namespace CommuneRadio.Grains.Registry.Import.Csv;

/// <summary>Text that is not RFC 4180 CSV, at a line and 0-based field index of its record.</summary>
internal sealed class CsvSyntaxException(int line, int fieldIndex, string reason) : Exception(reason)
{
    public int Line { get; } = line;

    public int FieldIndex { get; } = fieldIndex;
}
