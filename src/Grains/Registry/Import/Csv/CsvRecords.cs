using System.Text;

namespace CommuneRadio.Grains.Registry.Import.Csv;

/// <summary>
/// RFC 4180: fields separated by commas, records by CRLF (LF alone accepted too); a field in
/// double quotes may hold commas, line breaks and quotes written twice (""). A quote inside an
/// unquoted field, or text after a closing quote, is an error rather than a guess. Blank lines are skipped.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<CsvRecord> Read(string text)
    {
        var position = 0;
        var line = 1;
        var field = new StringBuilder();
        while (position < text.Length)
        {
            var recordLine = line;
            var fields = new List<string>();
            while (true)
            {
                field.Clear();
                if (position < text.Length && text[position] == '"')
                {
                    position = ReadQuoted(text, position + 1, field, ref line, recordLine, fields.Count);
                }
                else
                {
                    position = ReadPlain(text, position, field, line, fields.Count);
                }

                fields.Add(field.ToString());
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                    continue;
                }

                position = SkipLineBreak(text, position, ref line);
                break;
            }

            if (fields is not [""])
            {
                yield return new CsvRecord(recordLine, fields);
            }
        }
    }

    private static int ReadQuoted(string text, int position, StringBuilder field, ref int line, int recordLine, int index)
    {
        while (true)
        {
            if (position >= text.Length)
            {
                throw new CsvSyntaxException(recordLine, index, "the quoted field is never closed (a \" is missing)");
            }

            var c = text[position++];
            if (c == '"')
            {
                if (position < text.Length && text[position] == '"')
                {
                    field.Append('"');
                    position++;
                    continue;
                }

                if (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                {
                    throw new CsvSyntaxException(line, index, "text follows the closing quote; write a quote inside a quoted field as \"\"");
                }

                return position;
            }

            if (c == '\n')
            {
                line++;
            }

            field.Append(c);
        }
    }

    private static int ReadPlain(string text, int position, StringBuilder field, int line, int index)
    {
        while (position < text.Length && text[position] is not (',' or '\r' or '\n'))
        {
            if (text[position] == '"')
            {
                throw new CsvSyntaxException(line, index, "a quote may only open a field; put the whole field in quotes and write the quote as \"\"");
            }

            field.Append(text[position++]);
        }

        return position;
    }

    private static int SkipLineBreak(string text, int position, ref int line)
    {
        if (position < text.Length && text[position] == '\r')
        {
            position++;
        }

        if (position < text.Length && text[position] == '\n')
        {
            position++;
        }

        line++;
        return position;
    }
}
