namespace CommuneRadio.Grains.Registry.Import.Csv;

/// <summary>
/// A CSV file with a header row: fields by column name. Columns may come in any order; unknown
/// columns are ignored; a missing required column or a record with the wrong number of fields is a problem.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    private CsvTable(IReadOnlyList<string> header, List<CsvRecord> rows)
    {
        for (var i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i].Trim(), i);
        }

        Rows = rows;
    }

    public IReadOnlyList<CsvRecord> Rows { get; }

    /// <summary>
    /// Reads the file; syntax errors and missing columns are added to <paramref name="problems"/> and
    /// give null; rows of the wrong width are added there and left out of <see cref="Rows"/>.
    /// </summary>
    public static CsvTable? Read(string file, ReadOnlyMemory<byte> content, IReadOnlyList<string> required, ProvinceFileProblems problems)
    {
        var text = Utf8Input.Decode(file, content);
        var records = new List<CsvRecord>();
        IReadOnlyList<string>? header = null;
        try
        {
            foreach (var record in CsvRecords.Read(text))
            {
                if (header is null)
                {
                    header = record.Fields;
                }
                else
                {
                    records.Add(record);
                }
            }
        }
        catch (CsvSyntaxException e)
        {
            var column = header is not null && e.FieldIndex < header.Count ? header[e.FieldIndex] : $"field {e.FieldIndex + 1}";
            problems.Add(file, e.Line, column, e.Message);
            return null;
        }

        if (header is null)
        {
            problems.Add(file, 1, "", $"is empty; the first line must name the columns: {string.Join(",", required)}");
            return null;
        }

        var table = new CsvTable(header, records);
        var missing = required.Where(c => !table._columns.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            problems.Add(file, 1, column, $"column is missing from the header line (columns: {string.Join(",", required)})");
        }

        foreach (var row in records.Where(r => r.Fields.Count != header.Count))
        {
            problems.Add(file, row.Line, "", $"has {row.Fields.Count} fields, the header has {header.Count}");
        }

        // Rows of the wrong width are reported and left out, so the others are still checked.
        records.RemoveAll(r => r.Fields.Count != header.Count);
        return missing.Count == 0 ? table : null;
    }

    /// <summary>The field of <paramref name="column"/>, or "" when the file has no such column.</summary>
    public string Get(CsvRecord row, string column) => _columns.TryGetValue(column, out var index) ? row.Fields[index] : "";
}
