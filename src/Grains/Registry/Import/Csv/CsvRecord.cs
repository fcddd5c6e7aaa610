namespace CommuneRadio.Grains.Registry.Import.Csv;

/// <summary>One CSV record and the 1-based line it starts on (a quoted field may span lines).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
